# logging: Formatter in the %, { and $ styles (validation errors, defaults=
# fields), asctime through a fixed converter and record time, LogRecord
# and its message, makeLogRecord, BufferingFormatter, record factories.
import logging, sys, time
log = logging.getLogger("fmt")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)
def show(fmt, *a, **k):
    try:
        f = logging.Formatter(fmt, *a, **k)
    except ValueError as e:
        print("ValueError:", e)
        return
    h.setFormatter(f)
    log.info("msg %s", "arg")
show("%(levelname)-8s|%(name)10s|%(message)s")
show("{levelname:<8}|{name:>10}|{message}", style="{")
show("$levelname|${name}|$message $$", style="$")
show("%(levelno)03d %(funcName)s %(module)s %(filename)s", style="%")
show("{levelno!r} {lineno:d} {args[0]}", style="{")
show("no fields at all")
show("{nofield", style="{")
show("{} x", style="{")
show("{a!x}", style="{")
show("{a:zz}", style="{")
show("no fields", style="{")
show("$ bare", style="$")
show("plain", style="$")
show("%(message)s %(app)s", defaults={"app": "A"})
show("{message} {app}", style="{", defaults={"app": "B"})
show("${message} ${app}", style="$", defaults={"app": "C"})
show("%(message)s", style="x")
class FixedTime(logging.Formatter):
    converter = time.gmtime
f = FixedTime("%(asctime)s %(message)s")
r = logging.LogRecord("n", logging.INFO, "/p/file.py", 12, "hello %s", ("w",), None)
r.created = 1700000000.25
r.msecs = 250.0
print(f.format(r))
print(FixedTime("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M-%S %p %a %b %j").format(r))
print(FixedTime("{asctime} {message}", style="{").format(r))
print(FixedTime("$asctime $message", style="$").format(r))
print(f.usesTime(), logging.Formatter().usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
print(r, r.getMessage(), r.filename, r.module, r.pathname, r.lineno, r.levelname, r.funcName)
print(r.threadName, r.processName, type(r.thread), type(r.relativeCreated))
r2 = logging.makeLogRecord({"msg": "made %(x)s", "args": {"x": 1}, "levelno": 40})
print(r2.getMessage(), r2.name, r2.levelname)
r3 = logging.LogRecord("n", 20, "p", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r3.getMessage(), r3.args)
r4 = logging.LogRecord("n", 20, "p", 1, "%s", ({},), None)
print(r4.getMessage(), r4.args)
print(logging.Formatter("%(message)s").format(logging.LogRecord("n", 20, "p", 1, 12345, None, None)))
bf = logging.BufferingFormatter()
print(repr(bf.format([r, r3])))
class Head(logging.BufferingFormatter):
    def formatHeader(self, rs): return "H%d:" % len(rs)
    def formatFooter(self, rs): return ":F"
print(Head(logging.Formatter("<%(message)s>")).format([r, r3]), repr(Head().format([])))
old = logging.getLogRecordFactory()
def factory(*a, **k):
    rec = old(*a, **k)
    rec.custom = "C!"
    return rec
logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(custom)s %(message)s"))
log.warning("factory")
logging.setLogRecordFactory(old)
h.setFormatter(logging.Formatter("%(message)r"))
class Obj:
    def __str__(self): return "OBJ"
log.warning(Obj())
h.terminator = "!\n"
h.setFormatter(logging.Formatter("%(message)s"))
log.warning("term")
class Clock(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "T0"
h.setFormatter(Clock("%(asctime)s %(levelname)s %(message)s"))
log.error("overridden formatTime")
utc = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ")
utc.converter = time.gmtime
rec = logging.makeLogRecord({"msg": "at epoch", "created": 0.0, "msecs": 0.0})
print(utc.format(rec))
plain = logging.Formatter("%(asctime)s %(message)s")
plain.converter = time.gmtime
plain.default_msec_format = "%s.%03d"
rec.created, rec.msecs = 86399.5, 500.0
print(plain.format(rec))
plain.default_msec_format = None
print(plain.format(rec))
