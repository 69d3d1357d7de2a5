# splitlines() knows \n, \r and \r\n only (unlike str.splitlines).
data = b"one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\n"
print(data.splitlines())
print(data.splitlines(True))
print(data.splitlines(keepends=1))
print(data.decode("latin-1").splitlines())
print(b"".splitlines(), b"\n".splitlines(), b"\n\n".splitlines(True), b"x".splitlines())
print(b"a\r\n\r\nb".splitlines(), bytearray(b"p\nq").splitlines())
