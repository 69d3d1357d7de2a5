# ExceptionGroup.split/subgroup/derive: matching by type, tuple or predicate, kept nesting, and what derived groups copy (traceback, cause, context, notes).
def make():
    try:
        raise ExceptionGroup(
            "outer",
            [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)],
        )
    except ExceptionGroup as e:
        return e


eg = make()
eg.__cause__ = RuntimeError("cause")
eg.__context__ = OSError("context")
eg.add_note("note")

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.__cause__ is eg.__cause__, match.__context__ is eg.__context__)
print(match.__suppress_context__, rest.__suppress_context__)
print(match.__notes__, match.__notes__ is eg.__notes__)
print(match.__traceback__.tb_lineno, eg.__traceback__.tb_lineno)
print(match.exceptions[1].__traceback__, hasattr(match.exceptions[1], "__notes__"))

print(eg.split(BaseException)[0] is eg, eg.split(ExceptionGroup)[0] is eg)
print(eg.split(OSError))
print(eg.split((TypeError, KeyError)))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))

seen = []


def never(e):
    seen.append(type(e).__name__)
    return False


print(eg.split(never)[0], seen)

print("-- bad matchers")
for bad in [1, (ValueError, 1), [ValueError], str.isdigit, print, int, "x", None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
for call in [lambda: eg.split(), lambda: eg.split(ValueError, TypeError),
             lambda: eg.subgroup(), lambda: eg.split(matcher=ValueError),
             lambda: eg.derive(), lambda: eg.derive([]), lambda: eg.derive(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("-- derive")
d = eg.derive([KeyboardInterrupt()])
print(repr(d), d.__traceback__, d.__cause__, d.__context__, hasattr(d, "__notes__"))
print(repr(eg.derive([ValueError(9)])))
mixed = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(repr(mixed.split(ValueError)))


class Renamed(ExceptionGroup):
    def derive(self, excs):
        return Renamed(self.message + "!", excs)


print(repr(Renamed("r", [ValueError(1), TypeError(2)]).split(ValueError)))


class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError(1), TypeError(2)])
print(repr(p.split(ValueError)), type(p.subgroup(TypeError)).__name__)
print(repr(ExceptionGroup.split(p, TypeError)))
try:
    ExceptionGroup.subgroup(ValueError(), ValueError)
except TypeError as e:
    print(e)

print("-- notes copied")
n = ExceptionGroup("n", [ValueError(1), TypeError(2)])
n.__notes__ = ("a", "b")
print(n.subgroup(ValueError).__notes__)
n.__notes__ = 42
print(hasattr(n.subgroup(ValueError), "__notes__"))

print("-- deep nesting")
deep = ValueError()
for i in range(5000):
    deep = ExceptionGroup("d", [deep])
for how in [lambda: deep.split(TypeError), lambda: deep.subgroup(lambda e: False)]:
    try:
        how()
    except RecursionError as e:
        print(e)
print(str(deep))
del deep
print("freed")
