# collections.UserString: a str wrapper whose string-making methods return the subclass
from collections import UserString
from collections.abc import Sequence


class Shout(UserString):
    def shout(self):
        return self.data.upper() + "!"


u = Shout("hello")
print(u, repr(u), len(u), u.shout(), isinstance(u, Sequence))
print(u + " world", "say " + u, u * 2, u[1:3], u[0], "ell" in u, UserString("l") in u)
for r in [u.upper(), u.title(), u.center(11, "*"), u.replace("l", "L"), u.strip("ho")]:
    print(type(r).__name__, r)
print(u.split("l"), u.partition("l"), u.count("l"), u.find("l"), u.endswith("lo"))
print(u == "hello", u < "world", u == Shout("hello"), hash(u) == hash("hello"))
print(int(UserString("42")) + 1, float(UserString("2.5")), UserString(3.5), UserString("%d items") % 3)
print(sorted([UserString("pear"), UserString("apple")]), list(reversed(UserString("abc"))))
print("%s!" % u, u.join(["a", "b"]), u.encode(), u.zfill(8))
u.missing_method()
