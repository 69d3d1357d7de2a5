# Printing lone surrogates: stdout writes U+DC80..U+DCFF as raw bytes and rejects other surrogates.
import sys
name = b"caf\xc3\xa9-\xff.txt".decode("utf-8", "surrogateescape")
print(ascii(name))
sys.stdout.write("plain " + "ok\n")
print("safe:", name.encode("utf-8", "backslashreplace").decode())
print("stderr gets escapes:", "\ud800", name, file=sys.stderr)
sys.stderr.write("direct \udfff\n")
try:
    print("before", "bad\ud800", "after")
except UnicodeEncodeError as e:
    print()
    print("caught:", e, e.start, e.end)
try:
    sys.stdout.write("x\udbff")
except UnicodeEncodeError as e:
    print("write failed:", e.reason, e.start)
print("last line", "\ud801")
