# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))
print(total(*values, 10, *range(3)))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))
print(head_tail(1, 2, 3))

def fmt(sep, *parts):
    return sep.join(str(p) for p in parts)

print(fmt("-", 2024, 1, 15))
print(fmt(", ", *"abc"))
