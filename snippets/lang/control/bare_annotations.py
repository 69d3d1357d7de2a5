# A bare annotation of an attribute or subscript evaluates its object and index; complex targets' annotations run in modules and classes only
class Box:
    def __getitem__(self, i):
        print("getitem", i)


def obj(tag):
    print("object", tag)
    return Box()


def idx(tag):
    print("index", tag)
    return tag


def ann(tag):
    print("annotation", tag)
    return int


obj("a").y: ann("a")
obj("b")[idx(1)]: ann("b")
obj("c")[idx(1):idx(2), idx(3)]: ann("c")
(paren): ann("parenthesized name")
box = Box()
box.size: ann("with value") = 5
print(box.size)
try:
    missing.attr: int
except NameError as e:
    print(e)
try:
    [][missing_index]: int
except NameError as e:
    print(e)


def f():
    obj("in f").y: ann("never")
    obj("in f")[idx(4)]: ann("never")


f()


class C:
    obj("class").z: ann("class")
    (w): ann("class parenthesized")


print(C.__annotations__, __annotations__)
