import os
import stat
import tempfile

base = tempfile.mkdtemp(prefix="pv_")
old = os.getcwd()
os.chdir(base)
try:
    os.makedirs("a/b/c")
    with open("a/f1.txt", "w") as f:
        f.write("hello")
    with open("a/b/f2.bin", "wb") as f:
        f.write(b"\x00" * 10)
    st = os.stat("a/f1.txt")
    print(st.st_size, st[6], len(st), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
    print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
    print(stat.S_ISDIR(os.stat("a").st_mode), stat.filemode(os.stat("a").st_mode)[0])
    os.chmod("a/f1.txt", 0o640)
    print(oct(stat.S_IMODE(os.stat("a/f1.txt").st_mode)), stat.filemode(os.stat("a/f1.txt").st_mode))
    os.utime("a/f1.txt", (1000000000, 1200000000))
    print(os.stat("a/f1.txt").st_mtime, os.path.getmtime("a/f1.txt"), os.path.getsize("a/b/f2.bin"))
    print(os.path.exists("a"), os.path.isfile("a/f1.txt"), os.path.isdir("a/f1.txt"), os.path.islink("a"))
    print(os.access("a/f1.txt", os.F_OK), os.access("nope", os.F_OK), os.access("a/f1.txt", os.R_OK))
    for top, dirs, files in os.walk("a"):
        dirs.sort()
        print(top, sorted(dirs), sorted(files))
    for top, dirs, files in os.walk("a", topdown=False):
        print("up", top, sorted(dirs), sorted(files))
    with os.scandir("a") as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e, e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else "-")
    os.symlink("f1.txt", "a/link")
    print(os.path.islink("a/link"), os.readlink("a/link"), os.path.lexists("a/link"), os.lstat("a/link").st_mode & 0o170000 == stat.S_IFLNK)
    os.remove("a/link")
    for bad in (lambda: os.stat("missing"), lambda: os.lstat("missing"), lambda: os.chdir("missing"),
                lambda: os.rmdir("a"), lambda: os.chmod("missing", 0o600), lambda: os.utime("missing"),
                lambda: os.readlink("a/f1.txt"), lambda: os.scandir("missing")):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e)
    os.remove("a/b/f2.bin")
    os.remove("a/f1.txt")
    os.removedirs("a/b/c")
    print(os.listdir("."))
    print(os.path.basename(os.getcwd()) == os.path.basename(base))
finally:
    os.chdir(old)
    os.rmdir(base)
print(os.path.exists(base))
try:
    os.stat("no/such/file")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
os.stat("no/such/file")
