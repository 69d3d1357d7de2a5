# An exception thrown into a generator is raised at the yield it is suspended at.
def accumulate():
    total = 0
    while True:
        total = total + (yield total)

acc = accumulate()
next(acc)
acc.send(5)
acc.throw(OverflowError("too much"))
