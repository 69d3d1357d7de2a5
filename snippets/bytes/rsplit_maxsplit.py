# rsplit() from the right, with and without a separator.
path = b"/usr/local/lib/python3.11/site-packages"
print(path.rsplit(b"/", 1), path.split(b"/", 1))
print(path.rsplit(b"/"), path.rsplit(b"/", 0), path.rsplit(b"/", 2))
line = b"  key value  with   spaces  "
print(line.rsplit(), line.rsplit(None, 1), line.rsplit(maxsplit=2))
print(b"a,b,,c,".rsplit(b","), b"a,b,,c,".rsplit(b",", 2))
print(b"aaaa".rsplit(b"aa"), b"aaaa".split(b"aa"), b"aaa".rsplit(b"aa"), b"aaa".split(b"aa"))
try:
    path.rsplit(b"")
except ValueError as e:
    print(e)
