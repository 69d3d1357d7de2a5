# logging and sys.stderr: a StreamHandler keeps the stream it was made
# with, the last-resort handler writes to the current one; with no last
# resort a logger without handlers says so once; raiseExceptions=False
# silences formatting errors; an uncaught exception still lets shutdown
# flush a file handler before the atexit functions registered earlier.
import atexit
import os


def read_log():
    with open("logging_stderr.tmp") as f:
        print("at exit:", repr(f.read()))
    os.remove("logging_stderr.tmp")


atexit.register(read_log)

import io
import logging
import sys

logging.basicConfig(format="%(levelname)s %(message)s")
real = sys.stderr
sys.stderr = io.StringIO()
logging.warning("to the stderr basicConfig found")
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("the last resort writes to the current stderr")
captured = sys.stderr.getvalue()
sys.stderr = real
print(repr(captured))
logging.lastResort = None
quiet.warning("no handler and no last resort")
quiet.warning("said only once")
logging.raiseExceptions = False
logging.warning("bad %d", "x")
logging.raiseExceptions = True
quiet.addHandler(logging.FileHandler("logging_stderr.tmp", "w"))
quiet.error("in the file before the crash")


def crash():
    raise KeyError("boom")


crash()
