# os and os.path: names, pure path functions, and the directory calls
# (which an embedding host confines to its directories, as open()).
import os, os.path
from os import path as p2
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.path is p2, os.path.__name__)
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y", "z"), os.path.join("a/", "b"), os.path.join(b"a", b"b"))
print(os.path.split("/a/b/c.txt"), os.path.split("c"), os.path.split("/"), os.path.split("a//b"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"), os.path.splitext("x..."))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("//a"), os.path.normpath("../../a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
os.mkdir("os_paths.tmp")
print(os.path.isdir("os_paths.tmp"), os.path.isfile("os_paths.tmp"), os.path.exists("os_paths.tmp"), os.path.exists("nope"))
with open(os.path.join("os_paths.tmp", "f.bin"), "wb") as f:
    f.write(os.urandom(5) + b"12345")
print(os.path.getsize("os_paths.tmp/f.bin"), os.listdir("os_paths.tmp"), os.listdir(b"os_paths.tmp"), "os_paths.py" in os.listdir())
os.rename("os_paths.tmp/f.bin", "os_paths.tmp/g.bin")
print(os.listdir("os_paths.tmp"))
for fn, args in [(os.remove, ("nope",)), (os.rmdir, ("os_paths.tmp",)), (os.mkdir, ("os_paths.tmp",)), (os.rename, ("nope", "x")), (os.listdir, ("nope",)), (os.path.getsize, ("nope",)), (os.remove, ("os_paths.tmp",)), (os.path.join, ("a", 1)), (os.path.join, ("a", b"b")), (os.fspath, (1,))]:
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
os.remove("os_paths.tmp/g.bin")
os.rmdir("os_paths.tmp")
os.makedirs("os_paths_x.tmp/y/z")
os.makedirs("os_paths_x.tmp/y/z", exist_ok=True)
print(os.path.isdir("os_paths_x.tmp/y/z"))
os.rmdir("os_paths_x.tmp/y/z"); os.rmdir("os_paths_x.tmp/y"); os.rmdir("os_paths_x.tmp")
print(os.path.exists("os_paths_x.tmp"), len(os.urandom(16)), os.fspath("s"), os.fspath(b"b"))
class P:
    def __fspath__(self): return "pp"
print(isinstance(P(), os.PathLike), os.fspath(P()), os.path.join(P(), "q"))
print(os.getcwd() == os.path.abspath("."))

u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, tuple(u)[-1] == u.machine)
print(("%s " * len(u)) % u == " ".join(u) + " ")
