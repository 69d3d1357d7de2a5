# Argument errors of str methods, worded as CPython words them.
calls = [
    lambda: "x".find(), lambda: "x".find(1), lambda: "x".find("a", "b"), lambda: "x".count("a", 1, 2, 3),
    lambda: "x".replace("a"), lambda: "x".replace(1, "b"), lambda: "x".replace("a", "b", "c"),
    lambda: "x".split(1), lambda: "x".split(",", "a"), lambda: "x".split(foo=1), lambda: "x".split(",", sep=","),
    lambda: "x".strip(1), lambda: "x".join(1), lambda: "x".join([1]), lambda: "x".center(),
    lambda: "x".center(5, 1), lambda: "x".center(5, "ab"), lambda: "x".zfill(), lambda: "x".upper(1),
    lambda: "x".upper(a=1), lambda: "x".encode(1), lambda: "x".encode("utf-8", "strict", 1),
    lambda: "x".startswith(), lambda: "x".startswith(1), lambda: "x".startswith(("a", 1)),
    lambda: "x".partition(""), lambda: "x".removeprefix(1), lambda: "x".translate(1),
    lambda: "x".expandtabs("a"), lambda: "x".splitlines(1, 2), lambda: str.maketrans(1),
    lambda: str.maketrans("a", "bc"), lambda: "x".format_map(), lambda: "{a}".format_map(1),
    lambda: "x".index("y"), lambda: "x".rindex("y", 0, 1), lambda: "é".encode("ascii"),
]
for call in calls:
    try:
        print(repr(call()))
    except (TypeError, ValueError, LookupError, UnicodeError) as e:
        print(type(e).__name__ + ":", e)
