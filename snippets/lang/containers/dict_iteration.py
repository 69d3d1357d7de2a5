# Iterating dicts while changing them: values may change, size may not.
stock = {"a": 1, "b": 2, "c": 3}
for k in stock:
    stock[k] *= 10
print(stock)
for k in list(stock):
    if stock[k] > 15:
        del stock[k]
print(stock)
try:
    for k in stock:
        del stock[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(stock)
d = {i: i * i for i in range(4)}
it = iter(d.items())
print(next(it))
d[99] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(d.values())), type(reversed(d.items())).__name__)
