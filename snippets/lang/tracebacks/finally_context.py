# Errors inside except and finally blocks chain to the exception being handled; uncaught, all are shown.
def close(resource):
    raise RuntimeError(f"cannot close {resource}")

def work():
    try:
        return {}["config"]
    finally:
        close("db")

try:
    work()
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))

def cleanup():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    finally:
        print("finally sees the second error in flight")

try:
    cleanup()
except TypeError as e:
    print(repr(e), repr(e.__context__))

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

print(swallow())

def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise LookupError("inner")
        finally:
            print("inner finally")

try:
    handler()
except LookupError as e:
    print(repr(e), repr(e.__context__))

work()
