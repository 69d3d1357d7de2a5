# yield inside f-strings, tuples, lists, dicts and unpacking displays.
def trace(tag, value):
    print("  eval", tag)
    return value

def displays():
    s = f"<{trace('p', 1)}|{(yield 'field')!r:>6}|{trace('q', 2)}>"
    print(s)
    print(f"{3.14159:{(yield 'spec')}}")
    t = (trace("t0", 0), (yield "tuple"), trace("t2", 2))
    print(t)
    d = {trace("k1", "k1"): (yield "value"), (yield "key"): trace("v2", 2)}
    print(d)
    l = [*(yield "star"), trace("after", 9)]
    print(l)
    m = {**(yield "mapping"), "z": 26}
    print(m)
    print({(yield "set item"), 1})

answers = {"field": 3, "spec": ">8.3f", "tuple": "mid", "value": "V", "key": "k2",
           "star": (1, 2), "mapping": {"a": 1}, "set item": 2}
gen = displays()
reply = None
while True:
    try:
        tag = gen.send(reply)
    except StopIteration:
        break
    print("yielded", tag)
    reply = answers[tag]
