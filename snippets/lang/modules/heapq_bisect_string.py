# heapq, bisect, string and keyword: heap layouts, bisection with keys, constants, capwords, Template
import heapq
import bisect
import string
import keyword

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
while tasks:
    print(heapq.heappop(tasks))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
people = [("ann", 20), ("bob", 30), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 35), key=lambda p: p[1])
print(people)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wORLD  again"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "x"}, what="y"))
print(string.Template("$who and $missing").safe_substitute(who="a"), t.get_identifiers(), t.is_valid())
for tmpl in ("$who likes", "bad $ here", "ab\n$"):
    try:
        print(string.Template(tmpl).substitute({}))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("${a}b$c-$").safe_substitute(a=1), string.Template("x $1 y").is_valid())

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(keyword.kwlist[:5], keyword.softkwlist)
