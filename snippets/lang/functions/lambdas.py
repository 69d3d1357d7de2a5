# lambda expressions: sort keys, immediate calls, defaults, conditional bodies.
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print((lambda x, y=10: x + y)(5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 7)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3))
print(list(map(lambda c: c.upper(), "abc")))
print(sign.__name__)
print((lambda: None)())
