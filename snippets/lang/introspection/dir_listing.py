# dir() of classes, instances, modules and types, sorted, with __dir__ honoured.
class A:
    def test(self):
        pass
a = A()
a.x = 3
print(dir(A))
print(dir(a))
class B(A):
    def __dir__(self):
        return ("q", "h")
print(dir(B()), "test" in dir(B))
print(dir(object) == sorted(dir(object)), len(dir(object)))
import sys
print('platform' in dir(sys), 'append' in dir(list), 'keys' in dir(dict), '__name__' in dir())
print([n for n in dir(str) if n.startswith("is")])
