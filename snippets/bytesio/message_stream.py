# Network-style framing over a BytesIO: length-prefixed messages read with read(n).
import io
import struct

def send(stream, message):
    data = message.encode()
    stream.write(struct.pack('!I', len(data)))
    stream.write(data)

def receive_all(stream):
    messages = []
    while True:
        prefix = stream.read(4)
        if not prefix:
            return messages
        if len(prefix) < 4:
            raise ValueError(f'truncated length prefix: {prefix!r}')
        (length,) = struct.unpack('!I', prefix)
        body = stream.read(length)
        if len(body) < length:
            raise ValueError(f'message cut short: {len(body)} of {length} bytes')
        messages.append(body.decode())

wire = io.BytesIO()
for text in ['hello', '', 'struct + BytesIO', 'é unicode']:
    send(wire, text)
print(wire.getvalue())
wire.seek(0)
print(receive_all(wire))
broken = io.BytesIO(wire.getvalue()[:-3])
try:
    receive_all(broken)
except ValueError as e:
    print('ValueError:', e)
