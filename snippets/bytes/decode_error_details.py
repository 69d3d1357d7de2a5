# UnicodeDecodeError carries encoding, object, start, end and reason.
samples = [b"\xff", b"ok\x80", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80\xc0", b"abc\xf4\x90"]
for data in samples:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(e)
        print("   ", e.encoding, e.object, e.start, e.end, e.reason, e.object[e.start:e.end])
        print("   ", repr(e), e.args[2:4])
try:
    bytearray(b"ab\xff").decode("ascii")
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), e.start, e.reason)
