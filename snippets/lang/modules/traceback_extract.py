# traceback.extract_tb/format_tb/format_list, FrameSummary and StackSummary, TracebackException
import traceback


def show(parts):
    # One string a line: a file name then starts its line (see the snapshots' normalisation).
    print(type(parts).__name__, len(parts))
    for part in parts:
        print(" ", repr(part))


def deep(n):
    if n:
        return deep(n - 1)
    raise LookupError(n)


try:
    deep(6)
except LookupError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(type(frames).__name__, len(frames))
    first = frames[0]
    print(first.lineno, first.name, repr(first.line), len(first), first.filename.endswith("traceback_extract.py"))
    print(list(first)[1:], first[2], repr(first) == f"<FrameSummary file {first.filename}, line {first.lineno} in <module>>")
    show(frames.format())
    show(traceback.format_tb(e.__traceback__, limit=2))
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__, limit=-2)])
    show(traceback.format_list(frames[-2:]))

summary = traceback.FrameSummary("tool.py", 3, "run", line="   go()  ")
print(summary, repr(summary.line), summary == ("tool.py", 3, "run", "go()"))
show(traceback.format_list([("a.py", 1, "main", "x = 1"), summary]))
traceback.print_list([("b.py", 9, "helper", "")])
stack = traceback.StackSummary.from_list([("c.py", 5, "f", "pass")] * 5)
show(stack.format())


def broken():
    try:
        {}[0]
    except KeyError:
        raise RuntimeError("while handling")


try:
    broken()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__)
    print(list(te.format_exception_only()))
    print("".join(te.format()))
    print([(f.name, f.lineno, f.line) for f in te.stack])
    print(te.__context__.exc_type, [f.lineno for f in te.__context__.stack])
