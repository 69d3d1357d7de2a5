# Equal string literals in one module are one object, as CPython merges
# a module's constants.
a = "hello"
b = "hello"
print(a is b)
def f():
    return "hello"
print(f() is a)
c = "hello world"
d = "hello world"
print(c is d)
e = "".join(["hel", "lo"])
print(e is a, e == a)
x = ["abc", "abc"]
print(x[0] is x[1])
print("a" "b" is "ab")
