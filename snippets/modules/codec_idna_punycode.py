# The punycode and idna codecs: ASCII fast paths, ACE labels both ways, case
# folding and NFKC before punycode, trailing dots, and label-length errors.
words = ["hütte", "zoo", "Köln-Süd", "é", "Ǆ", "año.org", "東京.例", "Grüße.example.", "weiß.net"]
for word in words:
    print(word.encode("punycode"), word.encode("idna"))
for raw in [b"htte-0ra", b"xn--htte-0ra.example", b"xn--kln-sd-vxa1c", b"plain.org.", b"XN--HTTE-0RA.at"]:
    print(raw.decode("idna"))
print(b"htte-0ra".decode("punycode"), b"kln-sd-vxa1c".decode("punycode"))
for bad in ["b" * 70 + ".org", "..", "ö" * 80]:
    try:
        bad.encode("idna")
    except UnicodeError as e:
        print(type(e).__name__, e)
