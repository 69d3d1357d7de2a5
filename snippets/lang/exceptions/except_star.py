# try/except*: each clause handles the part of the group it matches, lone exceptions are wrapped, and the rest, re-raises and new raises leave together by CPython's rules.
def outcome(body):
    try:
        body()
    except BaseException as e:
        print("  raised:", repr(e))
        return e
    print("  nothing raised")


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), KeyError(4)])])


print("partial matches, in clause order")
def partial():
    try:
        raise group()
    except* ValueError as e:
        print("  ValueError clause:", repr(e))
    except* (KeyError, OSError) as e:
        print("  KeyError clause:", repr(e))
outcome(partial)

print("nothing matches: the group is raised again, rebuilt")
def unmatched():
    try:
        raise group()
    except* OSError:
        print("  not reached")
e = outcome(unmatched)

print("everything handled, with else and finally")
def handled():
    try:
        raise group()
    except* ValueError:
        print("  values")
    except* TypeError:
        print("  types")
    except* KeyError:
        print("  keys")
    else:
        print("  else: not reached")
    finally:
        print("  finally")
outcome(handled)

print("no exception")
def quiet():
    try:
        print("  body")
    except* ValueError:
        print("  not reached")
    else:
        print("  else")
    finally:
        print("  finally")
outcome(quiet)

print("a lone exception is wrapped")
def lone():
    try:
        raise ValueError(5)
    except* ValueError as e:
        print("  got", repr(e), e.exceptions[0].__traceback__ is not None)
outcome(lone)

print("a lone exception no clause matches passes unchanged")
def lone_unmatched():
    try:
        raise ValueError(6)
    except* TypeError:
        print("  not reached")
outcome(lone_unmatched)

print("bare raise of a wrapped lone exception")
def lone_reraise():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("  got", repr(e))
        raise
outcome(lone_reraise)

print("raising in a clause: joins what is left")
def raising():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("in clause")
    except* TypeError:
        raise
e = outcome(raising)
print("  contexts:", [repr(x.__context__) for x in e.exceptions])

print("raise e is a new raise, raise alone is not")
def raise_e():
    try:
        raise group()
    except* ValueError as e:
        raise e
outcome(raise_e)
def bare():
    try:
        raise group()
    except* ValueError:
        raise
    except* KeyError:
        raise
outcome(bare)
def changed_cause():
    try:
        raise group()
    except* ValueError as e:
        e.__cause__ = OSError()
        raise
outcome(changed_cause)

print("one new exception and nothing left: raised alone")
def single():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        pass
outcome(single)

print("several new exceptions")
def several():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise ExceptionGroup("new", [IndexError()])
e = outcome(several)
print("  contexts:", [repr(x.__context__) for x in e.exceptions])

print("a base exception among the new ones")
def base():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit(3)
outcome(base)

print("except* with a group type or a non-exception")
for kind in [ExceptionGroup, (ValueError, BaseExceptionGroup), 5, (ValueError, 5)]:
    def bad(kind=kind):
        try:
            raise ValueError(1)
        except* kind:
            pass
    e = outcome(bad)
    print("  context:", repr(e.__context__))

print("clause types are checked even once all is handled")
def late():
    try:
        raise ValueError(1)
    except* ValueError:
        print("  handled")
    except* 5:
        pass
e = outcome(late)
print("  context:", repr(e.__context__))

print("an error in a later clause's type has the last part handled as context")
def later():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* undefined_name:
        pass
e = outcome(later)
print("  context:", repr(e.__context__))

print("the nesting of the caught part is kept")
def nested():
    try:
        raise ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [ValueError(1), TypeError(2)])])])
    except* TypeError as e:
        print("  got", repr(e))
outcome(nested)

print("subclasses derive their parts")
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "+", excs)
def tagged():
    try:
        raise Tagged("t", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  got", repr(e))
outcome(tagged)

print("a loop around except*, and break in a loop inside the clause")
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        for x in e.exceptions:
            print("  ", repr(x))
            break
print("name unbound after the clause:", "e" in dir())
