# bin, hex and oct on ints, negatives, bools and objects with __index__.
for n in (0, 1, -1, 10, 255, -255, 2 ** 64, True):
    print(n, bin(n), oct(n), hex(n))
class Nine:
    def __index__(self):
        return 9
print(bin(Nine()), hex(Nine()), oct(Nine()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print(e)
