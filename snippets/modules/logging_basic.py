# logging: the last-resort handler before any configuration, basicConfig
# to stdout, the caller's function/line/file in records, levels and their
# names, disable, and the deprecated warn().
import logging
import sys

log = logging.getLogger("app")
log.warning("no handlers: the last resort prints %s", "the message alone")
log.info("below WARNING: dropped")
log.error("err %d", 5)
print(logging.root.handlers, log.hasHandlers())
# A module-level call configures the root logger (stderr, BASIC_FORMAT).
logging.warning("module-level %s", "warning")
log.critical("%s and %s", "two", "args")
print(logging.root.handlers)

logging.basicConfig(
    force=True,
    level=logging.DEBUG,
    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(filename)s:"
           "%(module)s:%(levelno)s %(message)s",
    stream=sys.stdout,
)


def work():
    log.debug("in work %s", [1, 2])
    logging.info("root logger in work")


work()
log.info("dict argument %(a)s %(b)d", {"a": "x", "b": 3})
log.info("a tuple arg %s", (1, 2))
log.info("no args %s %%")
logging.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName(10))
print(logging.getLevelName("NOPE"), logging.getLevelName(logging.FATAL), logging.WARN)
logging.addLevelName(25, "NOTICE")
logging.log(25, "named level now")
print(log, logging.getLogger(), logging.root.handlers)
print(log.getEffectiveLevel(), log.isEnabledFor(5), log.isEnabledFor(10), log.hasHandlers())


class Service:
    def run(self):
        log.warning("from a method")


Service().run()
report = lambda: log.critical("from a lambda")
report()
[log.info("in a comprehension %d", i) for i in range(2)]

logging.disable(logging.INFO)
log.info("disabled")
log.warning("above the disable level")
logging.disable(logging.NOTSET)
log.info("enabled again")
logging.warn("deprecated spelling")
log.warn("deprecated method")
log.fatal("fatal is critical")
print(sorted(logging.getLevelNamesMapping().items()))
for bad in ("LOUD", 1.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "level must be an int")
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
