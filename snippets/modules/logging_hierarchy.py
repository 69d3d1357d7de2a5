# logging: the dotted-name hierarchy (placeholders fixed up when a parent
# appears later), propagation, effective levels, handler levels, filters
# on loggers and handlers, LoggerAdapter, extra= and setLoggerClass.
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s [%(levelname)s] %(message)s"))
a = logging.getLogger("a.b.c")
root = logging.getLogger()
ab = logging.getLogger("a.b")
a2 = logging.getLogger("a")
print(a.parent, ab.parent, a2.parent, a.parent is ab)
print(logging.getLogger("a.b.c") is a, logging.getLogger("root") is root, logging.getLogger("") is root)
a2.addHandler(h)
a2.setLevel(logging.INFO)
a.info("from c")
a.debug("hidden")
ab.propagate = False
a.warning("stops at a.b, which has no handler: the last resort prints it")
ab.propagate = True
a.setLevel("DEBUG")
a.debug("now debug")
print(a.getEffectiveLevel(), ab.getEffectiveLevel(), a2.getEffectiveLevel(), root.getEffectiveLevel())
print(a.getChild("d"), root.getChild("x"))
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("H2 %(message)s"))
ab.addHandler(h2)
a.error("two handlers")
a.warning("one handler")
ab.removeHandler(h2)
print(ab.hasHandlers(), ab.handlers, a2.handlers)
class F(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()
a2.addFilter(F())
a2.info("direct secret")
a2.info("direct ok")
a.info("child secret passes logger filter of parent")
h.addFilter(logging.Filter("a.b"))
a.info("a.b.c passes a.b filter")
a2.info("a does not")
h.filters.clear()
h.addFilter(lambda r: r.levelno > 20)
a.info("lambda blocked")
a.warning("lambda passes")
try:
    a.setLevel("LOUD")
except ValueError as e:
    print(e)
try:
    a.setLevel(1.5)
except TypeError as e:
    print(e)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
try:
    a.log("x", "m")
except TypeError as e:
    print(e)
print(repr(h), repr(logging.NullHandler()), repr(logging.Handler()), logging.lastResort)
ad = logging.LoggerAdapter(a, {"user": "bob"})
h.filters.clear()
h.setFormatter(logging.Formatter("%(user)s %(message)s %(funcName)s %(lineno)d"))
def g():
    ad.info("adapter %s", 1)
g()
print(ad, ad.name, ad.isEnabledFor(10))
class MyAd(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs
h.setFormatter(logging.Formatter("%(message)s"))
MyAd(a, {"id": 7}).warning("hello")
a.info("extra %s", "x", extra={"user": "ann"})
try:
    a.info("bad", extra={"msg": 1})
except KeyError as e:
    print(repr(e))
lg = logging.getLogger("solo")
lg.addHandler(logging.NullHandler())
lg.error("nothing shown")
lg2 = logging.getLogger("quiet")
lg2.propagate = False
lg2.critical("last resort again")
print(logging.getLoggerClass())
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, type(logging.getLogger("solo")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)
x = logging.getLogger("x.y.z")
xy = logging.getLogger("x.y")
print(x.parent.name, xy.parent.name, sorted(n for n in logging.root.manager.loggerDict if n.startswith("x")))
print(type(logging.root.manager.loggerDict["x"]).__name__)
