# zip stops at the shortest input unless strict=True, which checks lengths lazily.
names = ["ann", "bob", "cy"]
scores = [90, 85]
print(list(zip(names, scores)))
print(list(zip(names, scores, "xyz")))
pairs = zip(names, scores, strict=True)
print(next(pairs), next(pairs))
try:
    next(pairs)
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(range(3), "abc", strict=True)))
try:
    zip([1], bad=True)
except TypeError as e:
    print("TypeError:", e)
