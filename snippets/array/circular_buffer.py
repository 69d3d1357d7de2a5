# A fixed-capacity circular buffer of doubles kept in a preallocated 'd' array.
import array
class Circular:
    def __init__(self, n):
        self.data = array.array('d', [0.0]) * n
        self.start = 0
        self.size = 0
    def push(self, x):
        n = len(self.data)
        self.data[(self.start + self.size) % n] = x
        if self.size < n:
            self.size += 1
        else:
            self.start = (self.start + 1) % n
    def items(self):
        n = len(self.data)
        return [self.data[(self.start + i) % n] for i in range(self.size)]
c = Circular(4)
for x in range(1, 7):
    c.push(x * 1.5)
print(c.items(), c.data, sum(c.items()) / c.size)
