# An uncaught exception's class is printed by qualified name, with its module unless that is __main__
class Service:
    class Unavailable(Exception):
        pass

    def call(self):
        raise self.Unavailable("try later")

class Remote(Exception):
    __module__ = "rpc.errors"

try:
    raise Remote("lost")
except Remote as e:
    print(type(e).__qualname__, type(e).__module__)
Service().call()
