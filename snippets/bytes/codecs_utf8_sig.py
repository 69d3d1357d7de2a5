# utf-8-sig: the BOM that spreadsheet exports put in front of CSV text.
export = "\ufeffname,city\nZo\u00eb,K\u00f6ln\n".encode("utf-8")
print(export[:8])
print(repr(export.decode("utf-8")[:5]), repr(export.decode("utf-8-sig")[:5]))
rows = [line.split(",") for line in export.decode("utf-8-sig").splitlines()]
print(rows)

# Encoding adds the BOM once; decoding removes one BOM at most.
print("a,b".encode("utf-8-sig"), "".encode("utf-8-sig"), "\ufeffx".encode("utf-8-sig"))
print(repr(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig")), repr(b"plain".decode("utf_8_sig")))

# Errors are utf-8 errors, counted after the BOM.
for data in [b"\xef\xbb\xbfab\xffc", b"ab\xffc", b"\xef\xbb"]:
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        print(e, repr(e.object))
    print("   ", repr(data.decode("utf-8-sig", "replace")))
try:
    "x\ud800".encode("utf-8-sig")
except UnicodeEncodeError as e:
    print(e)
print("x\ud800".encode("utf-8-sig", "surrogatepass"))
