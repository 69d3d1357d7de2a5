# os.path's frames carry CPython's frozen file names and line numbers.
import os
import traceback

cases = [
    lambda: os.path.join("a", 5),
    lambda: os.path.join("a", b"b"),
    lambda: os.path.join(None),
    lambda: os.path.basename(None),
    lambda: os.path.dirname(3),
    lambda: os.path.split(None),
    lambda: os.path.splitext(1.5),
    lambda: os.path.isabs(None),
    lambda: os.path.normpath(None),
    lambda: os.path.abspath(None),
    lambda: os.path.relpath(""),
    lambda: os.path.relpath("a", b"b"),
    lambda: os.path.commonpath([]),
    lambda: os.path.commonpath(["/a", "b"]),
    lambda: os.path.exists(None),
    lambda: os.path.isfile(None),
    lambda: os.path.isdir(None),
    lambda: os.path.getsize(None),
    lambda: os.path.islink(None),
    lambda: os.path.lexists(None),
    lambda: os.path.expanduser(None),
    lambda: os.path.commonprefix([1]),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc()
print(os.path.join("a", "b", "/c"), os.path.basename("/x/y/"), os.path.dirname("//x"))
print(os.path.normpath("a//b/../c"), os.path.relpath("/a/b", "/a/c"))
print(os.path.isfile("/nonexistent"), os.path.isdir("/nonexistent"))
os.path.join("a", None)
