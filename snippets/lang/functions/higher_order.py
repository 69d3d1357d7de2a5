# Functions as values: passing, returning, storing in dicts as dispatch tables.
def apply(f, *args):
    return f(*args)

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in "+-*/":
    print(sym, apply(ops[sym], 12, 4))

def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run

clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
print(list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(max(["apple", "fig", "banana"], key=len))
