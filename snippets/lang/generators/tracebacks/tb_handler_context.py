# A generator suspended in an except block keeps its own handled exception as context.
def retrying():
    try:
        raise LookupError("first attempt")
    except LookupError:
        yield "retrying"
        raise RuntimeError("second attempt")

r = retrying()
print(next(r))
try:
    raise ValueError("unrelated")
except ValueError:
    print("caller handled its own error")
next(r)
