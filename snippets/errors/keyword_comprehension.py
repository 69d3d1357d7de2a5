# A keyword argument followed by a comprehension.
print(1, a=1 for a in range(3))
