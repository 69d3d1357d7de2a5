# extract_tb's FrameSummary carries the end line and the columns of the
# failing expression (UTF-8 byte offsets).
import traceback


def level3(): raise ValueError("deep")


def level2():
    x = {"é": 1}
    return x["é"] + level3()


try:
    level2()
except ValueError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
try:
    (1 +
     None)
except TypeError as e:
    fs = traceback.extract_tb(e.__traceback__)[0]
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
