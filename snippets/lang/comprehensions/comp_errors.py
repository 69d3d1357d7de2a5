# Errors inside comprehensions propagate with the usual messages.
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError:", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print("TypeError:", e)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError:", e)
