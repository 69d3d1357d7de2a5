# Slice assignment on a bytearray: growing, shrinking and extended slices.
ba = bytearray(b"0123456789")
ba[2:4] = b"AB"
print(ba)
ba[2:4] = b"abcdef"
print(ba)
ba[2:8] = b""
print(ba)
ba[0:0] = b">>"
ba[len(ba):] = b"<<"
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
ba[::-3] = bytes(len(ba[::-3]))
print(ba)
ba[1:3] = [65, 66, 67]
ba[-1:] = range(97, 100)
print(ba)
ba[5] = 33
ba[-2] = ord("?")
print(ba)
ba[3:1] = b"##"
print(ba)
