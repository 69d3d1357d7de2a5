# logging: basicConfig's argument checks, filename/filemode, force,
# handlers= with each style, FileHandler (delay, repr), captureWarnings,
# named handlers, and shutdown at exit flushing and closing a file that
# an earlier atexit function then reads.
import atexit
import os


def after_shutdown():
    # Registered before logging is imported, so it runs after shutdown.
    with open("logging_files_c.tmp") as f:
        print("at exit:", repr(f.read()))
    os.remove("logging_files_c.tmp")


atexit.register(after_shutdown)

import logging
import sys
import warnings

for kw in [dict(stream=sys.stdout, filename="x.tmp"),
           dict(handlers=[], stream=sys.stdout),
           dict(bogus=1, other=2),
           dict(style="?")]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print("ValueError:", e)
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)

logging.basicConfig(filename="logging_files_a.tmp", filemode="w",
                    format="%(levelname)s|%(message)s", level="INFO")
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode, fh.baseFilename == os.path.abspath("logging_files_a.tmp"))
print(repr(fh).endswith("logging_files_a.tmp (NOTSET)>"), fh.terminator == "\n")
logging.info("to the file")
logging.debug("below the level")
logging.basicConfig(stream=sys.stdout)  # ignored: root has a handler
logging.warning("to the file again")
logging.basicConfig(stream=sys.stdout, force=True, format="%(message)s")
logging.warning("to stdout after force")
print(fh.stream)
with open("logging_files_a.tmp") as f:
    print(repr(f.read()))

delayed = logging.FileHandler("logging_files_b.tmp", mode="w", delay=True)
print(delayed.stream, os.path.exists("logging_files_b.tmp"))
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout), delayed],
                    force=True, format="{levelname}-{message}", style="{")
logging.error("two handlers")
print(os.path.exists("logging_files_b.tmp"))
delayed.flush()
with open("logging_files_b.tmp") as f:
    print(repr(f.read()))
os.remove("logging_files_b.tmp")
os.remove("logging_files_a.tmp")

logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG,
                    format="${levelname}+${name}+${message}", style="$")
logging.debug("dollar style")
print(logging.root.level, logging.root)



def short_path(record):
    # CPython names the script by its full path, pyview by its name.
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    record.msg = record.msg.replace(here, "")
    return True


logging.root.handlers[0].addFilter(short_path)
logging.captureWarnings(True)
warnings.warn("captured warning")
warnings.warn("a user warning", UserWarning)
logging.captureWarnings(False)
warnings.warn("not captured")

lh = logging.FileHandler("logging_files_c.tmp", mode="w")
lg = logging.getLogger("atexit")
lg.addHandler(lh)
lg.propagate = False
lg.warning("flushed at exit")

h = logging.Handler()
h.name = "named"
print(h.name, h.get_name(), h)
try:
    h.emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("end of script")
