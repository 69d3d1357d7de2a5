# Ints too large for an index: list/str/tuple subscripts refuse them before bounds; huge left shifts give MemoryError, then OverflowError
for expr in [
    "[1, 2, 3][2**70]",
    "'abc'[2**70]",
    "(1,)[-2**70]",
    "b'ab'[2**70]",
    "range(3)[2**70]",
    "[1, 2, 3][2**70:]",
    "[1, 2][True]",
]:
    try:
        print(expr, "->", eval(expr))
    except IndexError as e:
        print(expr, "IndexError:", e)
items = [1]
for stmt in ["items[2**64] = 1", "del items[-2**64]", "items[2**63 - 1] = 1"]:
    try:
        exec(stmt)
    except IndexError as e:
        print(stmt, "IndexError:", e)
for count in [2**62, 2**64, 2**65, 2**66, 2**100]:
    try:
        1 << count
    except (MemoryError, OverflowError) as e:
        print(count.bit_length(), type(e).__name__, e)
print(0 << 2**100, -1 >> 2**100)
