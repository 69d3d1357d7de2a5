# close() runs finally; an error there is raised from close() with GeneratorExit as its context.
def writer():
    try:
        while True:
            line = yield
            print("write", line)
    finally:
        raise OSError("flush failed")

w = writer()
next(w)
w.send("one")
w.close()
