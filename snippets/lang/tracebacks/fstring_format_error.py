# An f-string field whose conversion or format fails is reported at the whole f-string; errors inside the field's expression at that expression
class R:
    def __format__(self, spec):
        raise ValueError(spec)

    def __repr__(self):
        raise KeyError("r")


x = 0
for src in ['f"a {x:q} b"', 'f"{R()!r:>3}"', 'f"x{x}{R():abc}"', 'f"{x:{R()}}"', 'f"a {1/x} b"']:
    try:
        eval(src)
    except Exception as e:
        print(src, type(e).__name__, e)
y = f"a {x:q} b"
