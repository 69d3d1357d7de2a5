# yield inside calls, operators and returns: operands before the yield are evaluated first.
def trace(tag, value):
    print("  eval", tag)
    return value

def calls():
    total = trace("left", 10) + (yield "operand")
    print("total", total)
    r = max(trace("a", 1), (yield "arg"), key=(yield "key"))
    print("max", r)
    s = "-".join([trace("x", "x"), (yield "item")])
    print("join", s)
    text = "hello".replace((yield "old"), (yield "new"))
    print(text)
    return (yield "last") * 2

answers = {"operand": 5, "arg": 7, "key": abs, "item": "y", "old": "l", "new": "L", "last": 21}
g = calls()
reply = None
while True:
    try:
        tag = g.send(reply)
    except StopIteration as stop:
        print("returned", stop.value)
        break
    print("yielded", tag)
    reply = answers[tag]
