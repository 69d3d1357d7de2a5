# match with sequence patterns, star captures and nested patterns.
def handle(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["", "go north", "take lamp key", "take", "quit", "exit", "dance now"]:
    print(repr(c), "->", handle(c))

def shape(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"on x axis at {x}"
        case (0, y):
            return f"on y axis at {y}"
        case (x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"
print([shape(p) for p in [(0, 0), (3, 0), (0, -1), (2, 5), (1, 2, 3), "ab"]])
