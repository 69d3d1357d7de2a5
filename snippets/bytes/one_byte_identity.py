# One-byte bytes: CPython's cached objects are shared by slicing, split, encode, fromhex..., while case methods, padding, replace, translate, to_bytes, tobytes and buffer copies make new ones.
import struct, io, array
x = bytes([65])
cases = {
 "upper": b'a'.upper(), "lower": b'A'.lower(), "swapcase": b'a'.swapcase(), "capitalize": b'a'.capitalize(), "title": b'a'.title(),
 "to_bytes": (65).to_bytes(1, 'big'), "tobytes": memoryview(b'A').tobytes(), "bytes(ba)": bytes(bytearray(b'A')),
 "bytes(mv)": bytes(memoryview(b'A')), "bytes(arr)": bytes(array.array('B', [65])), "bytes(list)": bytes([65]), "bytes(iter)": bytes(iter([65])),
 "fromhex": bytes.fromhex('41'), "encode": 'A'.encode(), "encode-latin": 'A'.encode('latin-1'), "encode-ascii": 'A'.encode('ascii'),
 "slice": b'xAx'[1:2], "index-step": b'AA'[::2], "split": b'AxA'.split(b'x')[0], "strip": b' A '.strip(), "replace": b'B'.replace(b'B', b'A'),
 "translate": b'B'.translate(bytes.maketrans(b'B', b'A')), "center": b'A'.center(1), "zfill": b'A'.zfill(1), "join": b''.join([b'A']),
 "join2": b''.join([b'A', b'']), "add": b'A' + b'', "concat": b'' + bytearray(b'A') if False else b'A'[:0] + b'A',
 "pack": struct.pack('B', 65), "pack_c": struct.pack('c', b'A'), "percent": b'%c' % 65, "percent-s": b'%s' % b'A',
 "bytesio": io.BytesIO(b'A').getvalue(), "bytesio-read": io.BytesIO(b'A').read(), "bytesio-read1": io.BytesIO(b'AB').read(1),
 "ba-slice-bytes": bytes(bytearray(b'A')[0:1]), "arr-tobytes": array.array('B', [65]).tobytes(), "mul": b'A' * 1, "rmul": 1 * b'AB'[:1],
 "partition": b'AxB'.partition(b'x')[0], "expandtabs": b'A'.expandtabs(), "removeprefix": b'xA'.removeprefix(b'x'), "hex-decode": bytes.fromhex('4 1'.replace(' ', '')),
 "chr-enc": chr(65).encode(), "str-bytes": bytes('A', 'ascii'), "decode-enc": b'A'.decode().encode(), "splitlines": b'A\n'.splitlines()[0], "rsplit": b'xA'.rsplit(b'x')[1],
 "ljust": b'A'.ljust(1), "rjust": b''.rjust(1, b'A'), "bytes(b)": bytes(b'A'), "pad": b''.ljust(1, b'A'), "mv-slice-tobytes": memoryview(b'xAx')[1:2].tobytes(), "ba-join": bytes(bytearray().join([b'A'])),
}
for k, v in cases.items():
    print(k, v is x)
z = bytes([0])
print(bytes(1) is z, bytes(b'\x00') is z, b'\x00\x01'[:1] is z, bytes(range(1)) is z, (0).to_bytes(1, 'little') is z)
import array
print(array.array('b', [0]).tobytes() is z, bytes(array.array('b', [0])) is z, bytearray(1)[:1] == z, bytes(bytearray(1)) is z)
one = b'\x00\x01'[:1]
print(one * 1 is z, b'\x00\x00'[1:] is z, bytes(memoryview(one)) is z, memoryview(b'\x00\x00')[0:1].tobytes() is z)
