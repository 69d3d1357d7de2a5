# List comprehensions with conditions, nesting and expressions.
nums = range(1, 11)
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print([n if n % 2 else -n for n in nums])
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "l"])
words = ["apple", "Banana", "cherry"]
print([w[0] + str(len(w)) for w in words])
print([x for x in [] if x])
x = "outer"
print([x for x in "ab"], x)
