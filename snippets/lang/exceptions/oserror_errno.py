# OSError with an error number picks its subclass and formats "[Errno N] message: 'file'".
for args in [(2, "No such file or directory"), (13, "Permission denied", "/root/x"),
             (17, "File exists", "a", None, "b"), (99, "Unusual"), ("msg",), ()]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, "|", e)

print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(FileExistsError.__mro__[1].__name__, PermissionError(1, "x").errno, repr(TimeoutError()))
try:
    raise FileNotFoundError(2, "No such file or directory", "config.ini")
except OSError as e:
    print(f"{type(e).__name__}: errno={e.errno} file={e.filename!r} -> {e}")

def open_config(path):
    raise PermissionError(13, "Permission denied", path)

for handler in (PermissionError, OSError, Exception):
    try:
        open_config("/etc/shadow")
    except handler as e:
        print(handler.__name__, "caught", e)
