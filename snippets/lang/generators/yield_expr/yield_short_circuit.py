# yield inside and/or, conditional expressions and comparison chains keeps short-circuiting.
def trace(tag, value):
    print("  eval", tag)
    return value

def logic():
    a = trace("a", 0) and (yield "skipped")
    print("and ->", a)
    b = trace("b", 1) and (yield "taken")
    print("and ->", b)
    c = (yield "first") or trace("second", "S") or (yield "never")
    print("or ->", c)
    d = (yield "then") if trace("cond", True) else (yield "else")
    print("ifexp ->", d)
    e = trace("x", "X") if (yield "test") else trace("y", "Y")
    print("ifexp ->", e)
    f = trace("lo", 1) < (yield "middle") < trace("hi", 10)
    print("chain ->", f)
    g = trace("lo", 5) < (yield "middle") < trace("hi", 10)
    print("chain ->", g)
    h = not (yield "negate")
    print("not ->", h)

answers = {"taken": "T", "first": 0, "then": "THEN", "test": [], "middle": 3, "negate": ""}
gen = logic()
reply = None
for _ in range(20):
    try:
        tag = gen.send(reply)
    except StopIteration:
        break
    print("yielded", tag)
    reply = answers[tag]
