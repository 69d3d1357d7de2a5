# Return values: implicit None, multiple values as tuples, early returns.
def nothing():
    pass

def explicit_none():
    return

def pair():
    return 1, "two"

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for p in (2, 3, 5, 7):
        if n == p:
            return "small prime"
    return "other"

print(nothing(), explicit_none())
a, b = pair()
print(a, b, pair())
print([classify(n) for n in (-1, 0, 3, 8)])

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))

def early(flag):
    try:
        if flag:
            return "from try"
    finally:
        print("finally runs")
    return "after"
print(early(True))
print(early(False))
