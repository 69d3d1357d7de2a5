# range slicing maps the bounds through the range (range(4)[1::2] is range(1, 4, 2)); index and slice edge cases.
print(range(4)[1::2], range(1, 4)[::-1], range(7, -2, -4)[2:-2:], range(7, -2, -4)[2:-2:-3])
print(range(10)[::3], range(10)[-3:], range(0)[1:2], range(5)[::-2])
print(range(-5, 5, 3)[1:], range(10, 0, -2)[1:3], range(4)[4:], range(4)[-100:100])
print(list(range(4)[1::2]), list(range(10, 0, -3)[::-1]), len(range(0, 100, 7)[3:11:2]))
r = range(2, 20, 3)
print(r[0], r[-1], r[len(r) - 1], r[-len(r)])
for bad in (len(r), -len(r) - 1):
    try:
        r[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    r[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError:", e)
print(range(4)[1::2] == range(1, 4, 2), range(1, 4, 2) == range(1, 5, 2))
