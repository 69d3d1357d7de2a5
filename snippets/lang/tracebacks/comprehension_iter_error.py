# A comprehension whose iterable cannot be iterated is reported at the
# whole comprehension (its GET_ITER), for the first clause in the
# enclosing frame and for later clauses in the comprehension's own.
cases = [
    lambda: [x for x in 5],
    lambda: {x for x in None},
    lambda: {k: v for k, v in 5},
    lambda: [y for x in [1] for y in x],
    lambda: list(y for x in [1] for y in x),
]
import traceback
for c in cases:
    try:
        c()
    except TypeError:
        print(traceback.format_exc().splitlines()[-4:])
a = [
    y
    for x in [[1], 2]
    for y in x
]
