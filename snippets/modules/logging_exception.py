# logging: tracebacks from exception(), exc_info (True, an exception, a
# tuple), chained exceptions, stack_info, stacklevel, and the report of a
# record that fails to format (its logging-module frames left out here:
# their paths and lines are CPython's own).
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("exc")


def boom(x):
    return 1 / x


try:
    boom(0)
except ZeroDivisionError:
    log.exception("failed %d", 0)
    logging.exception("module-level")
    log.error("with exc_info", exc_info=True)
    log.info("exc_info=False", exc_info=False)
try:
    {}["k"]
except KeyError as e:
    log.warning("an exception instance", exc_info=e)
    err = e
log.error("outside the handler", exc_info=err)
log.error("a tuple", exc_info=(type(err), err, err.__traceback__))
log.exception("no exception active")
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError:
    log.critical("chained", exc_info=True)


def deep():
    log.info("stack here", stack_info=True)


def outer():
    deep()


outer()


def helper():
    log.info("reported at helper's caller", stacklevel=2)


def caller():
    helper()


caller()
log.info("stacklevel past the outermost frame", stacklevel=50)
h = logging.StreamHandler(sys.stderr)
h.setFormatter(logging.Formatter("ERR %(message)s"))
log.addHandler(h)
try:
    [][1]
except IndexError:
    log.exception("to stdout and stderr")
log.removeHandler(h)
adapter = logging.LoggerAdapter(log, {})
try:
    int("x")
except ValueError:
    adapter.exception("through an adapter")

# A message that cannot be formatted: the handler reports it on stderr
# and logging carries on.
captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
log.info("bad %d", "x")
log.info("too many", 1)
logging.getLogger("fmt").handlers.append(logging.StreamHandler(sys.stdout))
logging.getLogger("fmt").handlers[0].setFormatter(logging.Formatter("%(missing)s"))
logging.getLogger("fmt").propagate = False
logging.getLogger("fmt").warning("no such field")
sys.stderr = real_stderr
skip = False
for line in captured.getvalue().splitlines():
    # Leave out the frames of the logging module (a file line and the
    # source and caret lines under it).
    if line.startswith("  File "):
        path = line.split('"')[1]
        skip = path.endswith(("/logging.py", "/logging/__init__.py"))
    elif not line.startswith("    "):
        skip = False
    if not skip:
        print("|", line)
print("end")
