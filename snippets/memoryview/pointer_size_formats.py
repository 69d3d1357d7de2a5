# The size_t, ssize_t and pointer formats ('N', 'n', 'P') and the 64-bit ones ('q', 'Q').
buf = bytearray(8)
for fmt in ['n', 'N', 'P', 'q', 'Q', 'l', 'L']:
    v = memoryview(buf).cast(fmt)
    out = [fmt, v.itemsize]
    for x in [2**63 - 1, -1, 2**64 - 1, -2**63]:
        try:
            v[0] = x
            out.append(v[0])
        except ValueError:
            out.append('V')
    print(*out)
