# Compile-time SyntaxWarnings: `is` with a literal, asserting a tuple, calling or indexing a literal, 1if.
count = 3
print(count is 3, count is not -1, count is None, count is ...)
print(count is (1, 2), count is (), 1 + 1 is count, count is "a" "b", count is not b"")
print(count is f"{count}", count is [], count is not (count, 1))
assert (count, "never fails")
assert ()  or True
checks = [
    lambda: (1)(2),
    lambda: "abc"(0),
    lambda: [1, 2](0),
    lambda: {1}[0],
    lambda: None[0],
    lambda: [10, 20][1, 0],
    lambda: "xyz"["y"],
    lambda: (count, 2)[1.5],
]
for check in checks:
    try:
        check()
    except TypeError as e:
        print(type(e).__name__, e)
print(1if count else 2, 0x1for _ in [0])
print([x for x in range(3) if x is 1])
