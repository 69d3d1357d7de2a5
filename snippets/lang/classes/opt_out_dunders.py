# A class opts out of iteration, reversal and containment by setting the method to None; membership in a non-iterable is CPython's "argument of type"
class Record:
    __iter__ = None

    def __getitem__(self, i):
        return i


class Forward:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i


class Opaque:
    __contains__ = None

    def __iter__(self):
        yield 1


class Plain:
    pass


attempts = [
    "iter(Record())", "list(Record())", "[x for x in Record()]", "1 in Record()", "a, b = Record()",
    "reversed(Forward())", "1 in Opaque()", "1 in Plain()", "a, b = Plain()", "list(Forward())",
]
for code in attempts:
    try:
        exec(code)
        print(code, "-> ok")
    except TypeError as e:
        print(code, "->", e)
for x in Record():
    pass
