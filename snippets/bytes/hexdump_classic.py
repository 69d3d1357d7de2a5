# A classic hexdump: offsets, hex columns and a printable-ASCII gutter.
PRINTABLE = bytes(c if 0x20 <= c < 0x7f else ord(".") for c in range(256))
def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = chunk.hex(" ")
        if len(chunk) > 8:
            hexpart = chunk[:8].hex(" ") + "  " + chunk[8:].hex(" ")
        print("%08x  %-49s |%s|" % (off, hexpart, chunk.translate(PRINTABLE).decode("ascii")))
    print("%08x" % len(data))
hexdump(b"Hello, world!\n\x00\x01\x02\x7f\x80\xfe\xff" + bytes(range(65, 91)))
hexdump(b"")
hexdump("caf\u00e9 \u2603".encode())
