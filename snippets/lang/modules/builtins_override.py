# Assigning to builtins attributes changes what names resolve to everywhere; exec namespaces get the builtins' dict.
import builtins

calls = []
original_len = builtins.len
def counting_len(obj):
    calls.append(type(obj).__name__)
    return original_len(obj)

def measure(items):
    return len(items)

print(measure([1, 2, 3]))
builtins.len = counting_len
print(measure("abcd"), len({}), calls)
builtins.len = original_len
print(measure((1,)), calls)

builtins.DEBUG_LEVEL = 2
def level():
    return DEBUG_LEVEL
print(level(), __builtins__.DEBUG_LEVEL)
DEBUG_LEVEL = 5
print(level())
del DEBUG_LEVEL
print(level())
del builtins.DEBUG_LEVEL
try:
    level()
except NameError as e:
    print(e)

ns = {}
exec("x = abs(-3)", ns)
print(ns["x"], type(ns["__builtins__"]).__name__, ns["__builtins__"] is builtins.__dict__)
exec("y = 1", {"__builtins__": builtins})
print(__builtins__.__name__, isinstance(__builtins__, dict))
try:
    __builtins__.__builtins__
except AttributeError as e:
    print(e)
