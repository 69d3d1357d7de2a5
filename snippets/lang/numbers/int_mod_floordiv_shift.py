# %, //, >> and << on ints at the edges of 64 bits, where a fast path must hand over to big ints and to the errors (zero division, negative shift counts).
vals = [0, 1, -1, 7, -7, 13, -13, 2**62, -2**62, 2**63 - 1, -2**63]
counts = [0, 1, 3, 62, 63, 64, 100, -1]
for x in vals:
    row = []
    for y in vals:
        for op in ("%", "//"):
            try:
                row.append(str(eval(f"x {op} y")))
            except ZeroDivisionError as e:
                row.append(str(e))
    print(x, " ".join(row))
    shifts = []
    for n in counts:
        for op in (">>", "<<"):
            try:
                shifts.append(str(eval(f"x {op} n")))
            except ValueError as e:
                shifts.append(str(e))
    print(x, " ".join(shifts))
acc = 0
for i in range(-50, 50):
    acc += i % 7 + i // 7 + (i >> 2) + (i << 3)
print(acc)
n = 10
n %= 4
m = -10
m //= 4
print(n, m)
