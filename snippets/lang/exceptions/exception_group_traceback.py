# An uncaught exception group: the group's own frames, then each member with its traceback, chained exceptions and notes inside the margin.
def inner(n):
    raise ValueError(n)


def collect():
    excs = []
    for i in range(2):
        try:
            inner(i)
        except ValueError as e:
            excs.append(e)
    try:
        try:
            {}["missing"]
        except KeyError as k:
            raise RuntimeError("lookup failed") from k
    except RuntimeError as r:
        excs.append(r)
    try:
        raise ExceptionGroup("nested", [TypeError("t")])
    except ExceptionGroup as g:
        excs.append(g)
    note = KeyError("never raised")
    note.add_note("a note\nspanning two lines")
    excs.append(note)
    group = ExceptionGroup("top", excs)
    group.add_note("a note on the group")
    raise group


collect()
