# Nested try blocks: inner handlers first, finally always, exceptions in handlers.
def nested(kind):
    try:
        try:
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            return "no error"
        except ValueError as e:
            return f"inner caught {e}"
        finally:
            print("inner finally", kind)
    except TypeError as e:
        return f"outer caught {e}"
    finally:
        print("outer finally", kind)

for k in ("none", "value", "type"):
    print(nested(k))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "context:", e.__context__)
