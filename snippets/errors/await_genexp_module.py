# A generator with await is an async generator, fine at module level.
g = (await y for y in [])
print(type(g).__name__)
