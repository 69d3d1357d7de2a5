# Subclassing built-in types: list and dict with extra behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), isinstance(s, list))

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]

d = DefaultDict()
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, len(d))

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u.shout(), u + " there", isinstance(u, str))
