# Parsing type-length-value records in a loop with unpack_from.
import struct

TLV = struct.Struct('>BH')
TYPES = {1: 'name', 2: 'port', 3: 'flags'}

def encode(items):
    out = bytearray()
    for kind, value in items:
        if kind == 2:
            body = struct.pack('>H', value)
        elif kind == 3:
            body = struct.pack('>?', value)
        else:
            body = value.encode()
        out += TLV.pack(kind, len(body)) + body
    return bytes(out)

def decode(data):
    offset = 0
    result = {}
    while offset < len(data):
        kind, length = TLV.unpack_from(data, offset)
        offset += TLV.size
        body = data[offset:offset + length]
        offset += length
        if kind == 2:
            (value,) = struct.unpack('>H', body)
        elif kind == 3:
            (value,) = struct.unpack('>?', body)
        else:
            value = body.decode()
        result[TYPES[kind]] = value
    return result

wire = encode([(1, 'server-01'), (2, 8443), (3, True)])
print(wire)
print(decode(wire))
try:
    decode(wire[:-5] + b'\x02\x00')
except struct.error as e:
    print('corrupt:', e)
