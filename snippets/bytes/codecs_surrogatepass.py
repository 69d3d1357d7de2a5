# surrogatepass: lone surrogates in and out of the UTF codecs (as in CESU-8 or broken JSON escapes).
half = "\ud83d"          # the first half of U+1F600, on its own
pair = "\ud83d\ude00"    # both halves, still two lone code points in a str
print(len(half), len(pair), hex(ord(half)), pair == "\U0001f600")

for codec in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32", "utf-16"]:
    data = pair.encode(codec, "surrogatepass")
    back = data.decode(codec, "surrogatepass")
    print(f"{codec:10} {data.hex(' ')}  back={back!r} same={back == pair}")

# Real surrogate pairs in UTF-16 data still decode to one character.
print(repr("\U0001f600".encode("utf-16-le").decode("utf-16-le", "surrogatepass")))

# Decoding CESU-8 style bytes: each surrogate is three bytes.
cesu = b"smile: \xed\xa0\xbd\xed\xb8\x80!"
try:
    cesu.decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(repr(cesu.decode("utf-8", "surrogatepass")))

# surrogatepass only covers surrogates: other bad input fails as with strict.
for data, codec in [(b"\xed\xa0", "utf-8"), (b"\xff", "utf-8"), (b"\x80\x00", "ascii")]:
    try:
        data.decode(codec, "surrogatepass")
    except UnicodeDecodeError as e:
        print("decode:", e)
for text, codec in [("\ud800x\u20ac", "ascii"), ("\u20ac", "latin-1"), ("\ud800", "latin-1")]:
    try:
        text.encode(codec, "surrogatepass")
    except UnicodeEncodeError as e:
        print("encode:", e)
