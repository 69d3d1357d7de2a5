# A custom exception hierarchy with chained causes, inspected by walking __cause__ and __context__.
class AppError(Exception):
    """Base class for application errors."""

class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key

class StorageError(AppError):
    pass

def parse_port(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError("port", f"not a number ({raw!r})") from e

def load(settings):
    try:
        return parse_port(settings["port"])
    except KeyError:
        raise ConfigError("port", "missing")

def save(data):
    try:
        data["x"] / 0
    except ZeroDivisionError:
        raise StorageError("cannot save") from None

def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ if exc.__cause__ is not None else (
            None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(out)

for settings in ({"port": "80"}, {"port": "http"}, {}):
    try:
        print("port", load(settings))
    except AppError as e:
        print(chain(e), "| key:", getattr(e, "key", None), "| doc:", AppError.__doc__)
try:
    save({"x": 1})
except AppError as e:
    print(chain(e), e.__context__ is not None, e.__suppress_context__, repr(e.__cause__))

print(issubclass(ConfigError, AppError), ConfigError.__mro__[2].__name__, ConfigError.__doc__)
err = ConfigError("k", "v")
print(err.__cause__, err.__context__, err.__suppress_context__, err.__traceback__)
err.__cause__ = ValueError("root")
print(err.__suppress_context__, repr(err.__cause__))
try:
    err.__cause__ = "nope"
except TypeError as e:
    print("TypeError:", e)
try:
    raise StorageError("disk") from ConfigError("k", "v")
except StorageError as e:
    print(chain(e))
