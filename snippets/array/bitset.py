# A bitset over 64-bit words in a 'Q' array: set, test, clear and count bits.
import array
class BitSet:
    def __init__(self, nbits):
        self.words = array.array('Q', [0]) * ((nbits + 63) // 64)
    def add(self, i):
        self.words[i >> 6] |= 1 << (i & 63)
    def discard(self, i):
        self.words[i >> 6] &= ~(1 << (i & 63)) & (2**64 - 1)
    def __contains__(self, i):
        return bool(self.words[i >> 6] >> (i & 63) & 1)
    def count(self):
        return sum(bin(w).count('1') for w in self.words)
s = BitSet(200)
for i in [0, 5, 63, 64, 127, 199]:
    s.add(i)
s.discard(5)
print(s.count(), 63 in s, 5 in s, 199 in s, len(s.words))
print([hex(w) for w in s.words])
try:
    s.words[0] = -1
except OverflowError as e:
    print('OverflowError:', e)
