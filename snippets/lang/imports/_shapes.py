"""Shapes: a helper module for the import snippets."""
print("running _shapes as", __name__)
PI = 3.14159
_private = "hidden"
calls = 0


def area(w, h):
    global calls
    calls += 1
    return w * h


def circle(r):
    return PI * r * r


if __name__ == "__main__":
    print("never printed on import")
