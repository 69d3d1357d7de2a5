# The order in which a list releases removed items shows in `__del__`:
# clear() and plain slices go last to first, extended slices first to last.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


l = [D(i) for i in range(4)]
l.clear()
print("--")
l = [D(i) for i in range(4)]
l[1:3] = [None]
print("--")
del l[:]
print("--")
l = [D(i) for i in range(6)]
del l[::2]
print("--")
del l[::-1]
print("--")
l = [D(i) for i in range(3)]
del l[0:2]
print("end")
