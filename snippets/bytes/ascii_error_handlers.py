# The error handlers of the ascii codec, encoding and decoding.
text = "na\u00efve \u2603 r\u00e9sum\u00e9"
for handler in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(handler.ljust(18), text.encode("ascii", handler))
data = "na\u00efve r\u00e9sum\u00e9".encode("utf-8")
for handler in ["ignore", "replace", "backslashreplace"]:
    print(handler.ljust(18), repr(data.decode("ascii", handler)))
for call in [lambda: text.encode("ascii"), lambda: data.decode("ascii"), lambda: text.encode("ascii", "bogus"),
             lambda: data.decode("ascii", errors="xmlcharrefreplace")]:
    try:
        call()
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("plain".encode("ascii", "bogus"))
