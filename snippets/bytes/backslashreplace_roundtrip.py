# backslashreplace keeps undecodable bytes visible as \xNN escapes.
blob = b"ok \xff\xfe caf\xc3\xa9 \xe2\x82"
text = blob.decode("utf-8", "backslashreplace")
print(text)
print(blob.decode("utf-8", "replace"), blob.decode("utf-8", "ignore"))
print(blob.decode("ascii", "backslashreplace"))
print(blob.decode("latin-1"))
print("snow\u2603man \U0001f600".encode("ascii", "backslashreplace"))
print("snow\u2603man".encode("latin-1", "xmlcharrefreplace"))
