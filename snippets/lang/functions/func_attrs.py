# Function objects: __name__, __qualname__, __doc__, custom attributes, identity.
def outer():
    """Outer docstring."""
    def inner():
        pass
    return inner

print(outer.__name__, outer.__qualname__)
print(outer().__qualname__)
print(outer.__doc__)

def nodoc():
    pass
print(nodoc.__doc__)

def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
counted()
counted()
print(counted.calls)

class C:
    def m(self):
        pass
print(C.m.__qualname__, C.m.__name__)
print(callable(outer), callable(42))
alias = outer
print(alias is outer, alias.__name__)
