# bool is an int subclass: arithmetic, bitwise results, and sums of predicates.
votes = [True, False, True, True]
print(sum(votes), votes.count(True), True + True, True * 10, True / 2, True // 2, -True)
print(True & False, True | False, True ^ True, True & 3, 6 | False, type(True ^ False).__name__)
print(int(True), float(False), str(True), repr(False), True == 1, False == 0.0)
print(sorted([True, 0, False, 1, -1]), max(False, True), [1, 2, 3][True])
print(f"{True:d} {True:>5} {False!r} {True:05}")
