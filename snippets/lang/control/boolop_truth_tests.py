# and/or test the truth of every operand but the last (its value is the result); __bool__ is called once per test, also in if/while/assert/conditional expressions
class A:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __bool__(self):
        A.calls += 1
        return self.v

    def __repr__(self):
        return f"A({self.v})"


class Bad:
    def __bool__(self):
        return "s"


t, f_ = A(True), A(False)
print(t and f_, f_ or t, t or Bad(), f_ and Bad(), 1 and Bad(), A.calls)
x = 0 < 1 and Bad()
print(type(x).__name__, A.calls)
A.calls = 0
if t and (f_ or t) and not f_:
    print("if", A.calls)
A.calls = 0
print(1 if (f_ or t) else 2, A.calls)
A.calls = 0
n = 0
while t and n < 3:
    n += 1
print("while", n, A.calls)
A.calls = 0
assert t or f_, "never"
print([v for v in (t, f_) if v or f_], A.calls)
m = 1
g = lambda v: v
try:
    not (m < 5 and Bad())
except TypeError as e:
    print(e)
if m < 5 and g(Bad()):
    pass
