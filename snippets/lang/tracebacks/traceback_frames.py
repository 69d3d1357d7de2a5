# A traceback's frames: tb_frame with its code, line and globals, and
# traceback.walk_tb over them.
import sys
import traceback


def inner(n):
    return 10 // n


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_code.co_filename.endswith("traceback_frames.py"))
        print("  globals are the module's:", f.f_globals is globals())
        tb = tb.tb_next
    for frame, line in traceback.walk_tb(e.__traceback__):
        print("walk", frame.f_code.co_name, line)
    last = e.__traceback__.tb_next.tb_next.tb_frame
    print(last.f_back.f_code.co_name, last.f_back.f_back.f_code.co_name)

try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print([fr.f_code.co_name for fr, _ in traceback.walk_tb(tb)])
