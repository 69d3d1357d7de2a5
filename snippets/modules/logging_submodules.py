# logging.handlers and logging.config: submodules loaded on import (not
# with logging), RotatingFileHandler's rollover and backups,
# MemoryHandler's flushing, QueueHandler's prepared records, and
# dictConfig (formatters, filters, handlers with ext:// streams, loggers,
# root, disabled existing loggers, '()' factories, incremental levels)
# with its errors.
import logging, sys
print(hasattr(logging, "handlers"), hasattr(logging, "config"))
import logging.handlers
print(hasattr(logging, "handlers"), logging.handlers.__name__, logging.handlers.__package__, logging.__package__, logging.__name__)
from logging import config
print(config.__name__, logging.config is config)
from logging.handlers import RotatingFileHandler, MemoryHandler
import os
log = logging.getLogger("rot")
log.propagate = False
rh = RotatingFileHandler("logging_submodules_rot.tmp", maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(8):
    log.warning("line number %d", i)
rh.close()
for n in ["logging_submodules_rot.tmp", "logging_submodules_rot.tmp.1", "logging_submodules_rot.tmp.2", "logging_submodules_rot.tmp.3"]:
    if os.path.exists(n):
        print(n, repr(open(n).read()))
        os.remove(n)
print(repr(rh)[:20])
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("MEM %(levelname)s %(message)s"))
mh = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem"); ml.propagate = False; ml.addHandler(mh); ml.setLevel(logging.DEBUG)
ml.info("one"); ml.info("two"); print("buffered", len(mh.buffer)); ml.info("three"); print("after", len(mh.buffer))
ml.debug("a"); ml.error("flush now"); ml.debug("left"); mh.close(); print(mh.target, mh.buffer)
class Q:
    def __init__(self): self.items = []
    def put_nowait(self, x): self.items.append(x)
q = Q()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q"); ql.propagate = False; ql.addHandler(qh)
ql.warning("queued %s", "x")
r = q.items[0]
print(r.msg, r.args, r.message, r.exc_info)
early = logging.getLogger("early")
early_child = logging.getLogger("app.child")
logging.config.dictConfig({
    "version": 1,
    "formatters": {"brief": {"format": "%(levelname)s %(name)s: %(message)s"},
                   "curly": {"format": "{name}|{message}", "style": "{"}},
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief",
                    "stream": "ext://sys.stdout", "level": "DEBUG"},
        "other": {"class": "logging.StreamHandler", "formatter": "curly",
                  "stream": "ext://sys.stdout", "filters": ["only_app"]},
    },
    "loggers": {"app": {"level": "INFO", "handlers": ["other"], "propagate": True}},
    "root": {"level": "WARNING", "handlers": ["console"]},
})
print(early.disabled, early_child.disabled, logging.getLogger("app").level)
early.warning("disabled: not shown")
logging.getLogger("app").info("app info")
logging.getLogger("app.child").info("child info")
logging.warning("root warning")
print(logging.root.handlers, sorted(logging._handlers.keys()))
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "nope.Nope"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
            {"version": 1, "root": {"level": "LOUD"}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", repr(e.__cause__))
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False, "root": {"handlers": ["h"], "level": "DEBUG"},
    "handlers": {"h": {"()": "logging.StreamHandler", "stream": "ext://sys.stdout", ".": {"terminator": "<<\n"}}}})
logging.debug("custom factory")
logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"h": {"level": "ERROR"}}})
logging.warning("dropped by handler level"); logging.error("kept")
