# What an except* statement raises, uncaught: a new ExceptionGroup('') without frames of its own, holding what the clauses raised and the rest.
def fail():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), OSError(3)])


def handle():
    try:
        fail()
    except* ValueError:
        raise KeyError("replaced")
    except* TypeError as e:
        e.add_note("seen by the TypeError clause")
        raise


handle()
