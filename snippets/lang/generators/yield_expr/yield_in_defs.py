# yield in lambdas (generator lambdas), default values, decorators and class bases.
f = lambda: (yield 1)
gen = f()
print(type(gen).__name__, gen.__name__, next(gen))
try:
    gen.send("sent")
except StopIteration as stop:
    print("lambda returned", stop.value)

print(list((lambda *args: (yield from args))(1, 2, 3)))

def definitions():
    def inner(x=(yield "default")):
        return x
    print("inner()", inner())
    @(yield "decorator")
    def decorated():
        pass
    print("decorated", decorated)
    class K((yield "base")):
        pass
    print("K base", K.__bases__[0].__name__)
    lam = lambda q=(yield "lambda default"): q * 2
    print("lam()", lam())

answers = {"default": 7, "decorator": lambda fn: "replaced", "base": Exception, "lambda default": 21}
gen = definitions()
reply = None
while True:
    try:
        tag = gen.send(reply)
    except StopIteration:
        break
    print("yielded", tag)
    reply = answers[tag]
