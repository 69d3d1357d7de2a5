# Where CPython needs a str as UTF-8 (codec names, error handler names, source code, class names), a lone surrogate fails.
name = b"utf\xff8".decode("ascii", "surrogateescape")   # a codec name read from a corrupt header
print(ascii(name))
attempts = [
    ("decode with it", lambda: b"abc".decode(name)),
    ("encode with it", lambda: "abc".encode(name)),
    ("as error handler", lambda: "abc".encode("utf-8", name)),
    ("str(bytes, enc)", lambda: str(b"abc", name)),
    ("bytes(str, enc)", lambda: bytes("abc", "ascii", name)),
    ("eval source", lambda: eval("'" + name + "'")),
    ("exec source", lambda: exec("x = 1  # " + name)),
    ("class name", lambda: type(name, (), {})),
    ("class __doc__", lambda: type("Doc", (), {"__doc__": name})),
    ("unknown codec", lambda: b"abc".decode("no-such-codec")),
]
for label, attempt in attempts:
    try:
        result = attempt()
        print(f"{label}: ok {result!r}")
    except (UnicodeError, LookupError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

# Escaped source text is fine: the escape is decoded after the source is read.
print(ascii(eval("'\\udc80'")), ascii(eval(r"'\ud800' + '\U0000dfff'")))
print("format code:", end=" ")
try:
    format(3, "\ud800")
except ValueError as e:
    print(e)
