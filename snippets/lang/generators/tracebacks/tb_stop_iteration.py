# A StopIteration escaping a generator is the direct cause of a RuntimeError.
def first_of_each(groups):
    for g in groups:
        yield next(iter(g))

print(list(first_of_each([[1, 2], "ab"])))
print(list(first_of_each([[1], []])))
