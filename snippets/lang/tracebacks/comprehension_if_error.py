# A failing __bool__ in a comprehension's if (and an unhashable key of a dict or set comprehension) is reported inside the <listcomp>/<dictcomp>/<setcomp> frame
class A:
    def __bool__(self):
        return "s"

    __hash__ = None


for src in ["[y for y in [1] if A()]", "{A(): 1 for _ in [1]}", "{A() for _ in [1]}", "[1 for a in [1] if not (a and A())]"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
x = [y for y in [1] if A()]
