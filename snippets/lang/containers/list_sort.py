# sort and sorted: key functions, reverse, stability, and mixed-type errors.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print(by_age)
nums = [5, -2, 9, -7, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("Banana"), sorted("banana", reverse=True), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]))
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), min(words, key=len), max(words, key=len))
