# range() computes its length with a comparison, which fails first.
def walk(n):
    for i in range(2):
        walk(n + 1)


walk(0)
