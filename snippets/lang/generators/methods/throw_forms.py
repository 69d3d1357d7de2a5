# generator.throw() in all its 3.11 call forms, raised at the suspended yield.
def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(ValueError("instance"))
g.throw(ValueError)
g.throw(ValueError, "value")
g.throw(ValueError, ("a", "b"))
g.throw(KeyError, TypeError("not a KeyError"))
g.throw(Exception, KeyError("subclass instance"))
g.throw(ValueError, None, None)
for bad in [(), (ValueError("x"), "extra"), (1,), (ValueError, None, 5), (1, 2, 3, 4)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

def fresh():
    print("never runs")
    yield 1
g = fresh()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted generator raised", e)
print(next(g, "finished"))

def returns():
    try:
        yield 1
    except ValueError:
        return "handled and returned"
g = returns()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    g.throw(IndexError("after the end"))
except IndexError as e:
    print("finished generator raised", e)
