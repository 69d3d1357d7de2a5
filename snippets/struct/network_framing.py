# Length-prefixed messages in network byte order: framing and deframing a stream.
import struct

HEADER = struct.Struct('!HBI')   # length, message type, sequence number

def frame(kind, seq, payload):
    return HEADER.pack(len(payload), kind, seq) + payload

stream = frame(1, 100, b'hello') + frame(2, 101, b'') + frame(1, 102, b'world!!')
print(stream.hex())

def deframe(buf):
    messages = []
    offset = 0
    while offset < len(buf):
        length, kind, seq = HEADER.unpack_from(buf, offset)
        offset += HEADER.size
        messages.append((kind, seq, buf[offset:offset + length]))
        offset += length
    return messages

for kind, seq, payload in deframe(stream):
    print(kind, seq, payload)

truncated = stream[:-3]
try:
    length, kind, seq = HEADER.unpack_from(truncated, len(truncated) - 2)
except struct.error as e:
    print('error:', e)
ip = struct.pack('!4B', 192, 168, 1, 20)
print(ip, '.'.join(str(b) for b in struct.unpack('!4B', ip)), struct.unpack('!I', ip)[0])
port = struct.pack('!H', 8080)
print(port, struct.unpack('>H', port))
