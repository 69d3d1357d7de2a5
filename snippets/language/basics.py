# Ordinary Python around the buffers: functions, loops, formatting.
def checksum(data, start=0):
    total = start
    for b in data:
        total = (total + b) & 0xFFFF
    return total

print(checksum(b'abc'), checksum(bytearray(range(10)), start=5))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums), sorted(nums, reverse=True), min(nums), max(nums), sum(nums))
squares = [n * n for n in range(6) if n % 2 == 0]
pairs = {c: ord(c) for c in 'abc'}
print(squares, pairs, list(zip('ab', [1, 2])), list(enumerate('xy', 1)))
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print('i =', i)
else:
    print('never')
for n in range(3):
    pass
else:
    print('loop done', n)
a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3]
print(a, b, first, rest)
x = 7
print(f'{x} {x:>4} {x:04d} {x:b} {x:#x} {3.14159:.2f} {1e6:,.0f} {"s":^5}|{x!r}')
print('%d items cost %.2f (%s)' % (3, 9.5, 'ok'), '{} and {}'.format('a', 'b'), '{0}{0}'.format('z'))
print(1 / 3, 10 // 3, -7 // 2, -7 % 3, 2 ** 100, 2 ** -2, 7.5 // 2, divmod(17, 5))
print(0.1 + 0.2, 1e16, 1.5e-5, float('inf'), -0.0, 123456789.0, 1 / 7)
print(hex(255), oct(8), bin(5), int('ff', 16), int(' 42 '), int(3.9), round(2.5), round(3.14159, 2))
print(True + True, None, type(1), type('a'), type(b''), isinstance(1, int), isinstance(True, int))
print(len('héllo'), 'abc'[::-1], 'a,b,c'.split(','), '-'.join(['x', 'y']), 'Hi'.upper(), ' x '.strip())
print(chr(65), ord('€'), repr('it\'s'), str(b'x'), repr(1.0), str(10**20))
print([1, [2, 3]], (1,), (), {'k': [1]}, range(5), list(range(2, 10, 3)))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c()
print(c(), c())
print(max('apple', 'fig', key=len), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])))
