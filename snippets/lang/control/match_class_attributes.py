# A class pattern fetches every attribute before matching sub-patterns: a repeated attribute is a TypeError, a non-AttributeError from a property propagates
class Pair:
    __match_args__ = ("a", "a")
    a = 1
class Point:
    __match_args__ = ("x",)
    x = 1
class Listy:
    __match_args__ = ["x"]
    x = 1
class Numbered:
    __match_args__ = ("x", 2)
    x = 1
class Sensor:
    __match_args__ = ("reading",)
    @property
    def reading(self):
        raise ValueError("sensor offline")
class Lazy:
    @property
    def w(self):
        raise AttributeError("not yet")
for subject, label in [(Pair(), "Pair(2, _)"), (Point(), "Point(2, x=3)"), (Listy(), "Listy(1)"),
                       (Numbered(), "Numbered(5, _)"), (Sensor(), "Sensor(1)"), (Lazy(), "Lazy(w=1)"), (Point(), "Point(zz=1, x=2)")]:
    try:
        match subject:
            case Pair(2, _) | Point(2, x=3) | Listy(1) | Numbered(5, _) | Sensor(1) | Lazy(w=1) | Point(zz=1, x=2):
                print(label, "matched")
            case _:
                print(label, "no match")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
