# rpartition() splits off file extensions and directories in byte paths.
for path in [b"/srv/data/archive.tar.gz", b"README", b".bashrc", b"dir.d/file", b"/"]:
    head, dot, ext = path.rpartition(b".")
    directory, slash, name = path.rpartition(b"/")
    print(repr(path).ljust(28), (head, ext) if dot and b"/" not in ext else "no ext", directory or b"(none)", name)
print(b"a.b.c".rpartition(b"."), b"a.b.c".partition(b"."))
