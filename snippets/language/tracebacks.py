# A nested call fails: the traceback shows every frame with its carets.
def parse_header(buf):
    return buf[0] + buf[10]

def main():
    data = bytearray(b'abc')
    mv = memoryview(data)
    print('parsing', len(mv))
    return parse_header(mv)

main()
