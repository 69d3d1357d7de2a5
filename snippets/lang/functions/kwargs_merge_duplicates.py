# With ** in a call, a keyword given twice is a TypeError naming the function, whichever comes first
def f(**kw):
    return kw


class C:
    def m(self, **kw):
        return kw


for call in [
    lambda: f(**{"a": 1}, a=2),
    lambda: f(a=2, **{"a": 1}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: C().m(**{"a": 1}, a=2),
    lambda: dict(**{"a": 1}, a=2),
    lambda: f(**{"a": 1}, b=2),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(**{"sep": "-"}, sep="+")
