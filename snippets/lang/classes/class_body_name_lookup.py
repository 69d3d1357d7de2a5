# A class body reads its own names from its namespace, then the globals and builtins (not an enclosing function's locals): before the body binds a name it is the global one, or a NameError
label = "global label"
class Shadow:
    print(len("abc"), label)
    len = 5
    label = label + " (copied)"
    print(len, label)
print(label)
def build(label):
    class Inner:
        try:
            print(label)
        except NameError as e:
            print(type(e).__name__, e)
        label = "class label"
        print(label)
    return Inner
build("argument")
def factory():
    size = 3
    class Box:
        print(size)
        size = size * 2 if False else 10
    return Box.size
class Later:
    try:
        print(not_yet_defined)
    except NameError as e:
        print(type(e).__name__, e)
    not_yet_defined = 1
print(factory())
