# Codec names are normalised and aliased the way CPython does it.
names = ["utf-8", "UTF8", "utf_8", " Utf--8 ", "u8", "cp65001", "ascii", "US-ASCII", "646", "ANSI_X3.4-1968",
         "latin-1", "Latin1", "ISO-8859-1", "iso_8859_1:1987", "l1", "cp819", "utf.8", "utf-16x", ""]
for name in names:
    try:
        print(repr(name).ljust(18), "\u00e9".encode(name))
    except (LookupError, UnicodeEncodeError) as e:
        print(repr(name).ljust(18), type(e).__name__, e)
print(b"".decode("no-such-codec"), b"x".decode(errors="strict"))
