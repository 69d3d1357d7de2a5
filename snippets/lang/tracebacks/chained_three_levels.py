# Three implicitly chained exceptions: each handler's exception keeps the one before it as its context.
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError as e:
            print("context of IndexError:", repr(e.__context__))
            try:
                {}["k"]
            except KeyError as k:
                print("chain:", repr(k.__context__), repr(k.__context__.__context__))


inner()


def outer():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            {}["k"]


outer()
