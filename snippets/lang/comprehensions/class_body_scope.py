# A comprehension in a class body cannot see the class's names (but its first iterable can); lambdas in it still capture its variables
x = "module"

def build():
    x = "function"

    class Settings:
        x = "class"
        levels = [1, 2, 3]
        first_only = [x for _ in range(1)]
        tagged = [x + str(n) for n in levels]
        squares = {n: n * n for n in levels}
        getters = [lambda: n for n in levels]
        nested = [[x, n] for n in [x]]
        try:
            pairs = [(a, b) for a in levels for b in levels]
        except NameError as e:
            error = str(e)
        try:
            total = sum(n for n in range(3) if n < len(levels))
        except NameError as e:
            error2 = str(e)

    return Settings

S = build()
print(S.first_only, S.tagged, S.squares, [g() for g in S.getters], S.nested)
print(S.error, S.error2, hasattr(S, "pairs"))

class Registry:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    lookup = {n: i for i, n in enumerate(names)}
    scaled = [i * len(names) for i in range(2)]
