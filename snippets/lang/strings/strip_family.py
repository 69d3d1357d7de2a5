# strip/lstrip/rstrip with default whitespace and explicit character sets.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".strip("cmowz."), "abcHELLOcba".strip("abc"))
print(repr("\u3000wide\u2003".strip()), repr("\x1c\x1d\x1etext\x1f".strip()))
print("--==hi==--".lstrip("-="), "--==hi==--".rstrip("=-"))
print(repr("".strip()), repr("   ".strip()), "aaa".strip("a") == "")
print("path/to/dir///".rstrip("/"), "0001230".lstrip("0"))
print("hello".strip(None))
try:
    "x".strip(5)
except TypeError as e:
    print(e)
