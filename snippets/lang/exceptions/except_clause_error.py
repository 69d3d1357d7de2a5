# An error while matching an except clause (an undefined name) replaces the exception, and finally still runs.
def lookup(table, key):
    try:
        return table[key]
    except MissingKeyError:
        return None
    finally:
        print("lookup finished for", key)

def safe(table, key):
    try:
        return lookup(table, key)
    except NameError as e:
        print("NameError:", e, "| context:", repr(e.__context__))
        return "fallback"

print(safe({"a": 1}, "a"))
print(safe({"a": 1}, "b"))

def swallow():
    try:
        raise ValueError("original")
    except UndefinedError:
        pass
    finally:
        return "finally wins"

print(swallow())

def steps():
    try:
        yield 1
        raise KeyError("k")
    except NotDefinedEither:
        yield "unreachable"
    finally:
        yield "cleanup"

gen = steps()
print(next(gen), next(gen))
try:
    next(gen)
except NameError as e:
    print("generator:", e)
lookup({}, "x")
