# UnicodeEncodeError attributes and how runs of bad characters are reported.
for text, enc in [("h\u00e9llo", "ascii"), ("\u00e9\u00e8!", "ascii"), ("x\u20ac", "latin-1"),
                  ("\U0001f600", "latin-1"), ("ab\u00ff\u0100", "latin-1")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print("   ", e.encoding, repr(e.object), e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
err = UnicodeEncodeError("ascii", "abc", 1, 2, "custom reason")
print(err, err.start, repr(err))
err2 = UnicodeDecodeError("utf-8", b"\x00\x01", 0, 2, "made up")
print(err2, err2.end)
