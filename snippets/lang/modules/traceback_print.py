# traceback.print_exc/print_exception/print_tb: what they write to stderr and to a file
import io
import sys
import traceback


def fail():
    values = {"a": 1}
    return values["b"]


try:
    fail()
except KeyError:
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)

buf = io.StringIO()
try:
    int("seven")
except ValueError as e:
    traceback.print_exception(e, file=buf)
    traceback.print_exception(type(e), e, None, file=buf)
    traceback.print_tb(e.__traceback__, file=buf)
print(buf.getvalue(), end="")
traceback.print_exc()


class Quiet(Exception):
    def __str__(self):
        raise RuntimeError("no str")


try:
    raise Quiet()
except Quiet:
    traceback.print_exc(file=sys.stdout)

try:
    raise ExceptionGroup("batch", [OSError("disk"), KeyError("k")])
except ExceptionGroup:
    traceback.print_exc()
print("done")
