# Errors of * and ** unpacking: a lone *x in a call names the function, several pieces say "Value after *", a set display the plain iteration error; ** is checked before a lone *
def f(*a, **k): pass
for c in ["f(*5)", "f(1, *5)", "f(*5, 1)", "f(*[1], *5)", "f(*None)", "print(*5)", "[*5]", "(1, *5)", "{*5}", "f(**5)", "f(x=1, **5)", "f(**{}, **5)", "{**5}", "{'a': 1, **5}", "f(1, **5)", "f(*[], **5)", "print(**None)", "f(*5, **5)", "a, *b = 5", "a, b = 5", "[*5, 1]", "max(*5)", "f(1, 2, *5, 3)"]:
    try:
        exec(c)
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
f(1, *5)
