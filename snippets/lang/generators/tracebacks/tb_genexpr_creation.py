# A generator expression's first iterable fails at creation, located at the whole expression.
count = 3
print("before")
total = sum(x * 2 for x in count)
