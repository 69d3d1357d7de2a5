# Saving arrays as raw bytes with a small header, then loading them back.
import array
def save(arr):
    return arr.typecode.encode() + len(arr).to_bytes(4, 'little') + arr.tobytes()
def load(blob):
    tc = blob[:1].decode()
    n = int.from_bytes(blob[1:5], 'little')
    out = array.array(tc)
    out.frombytes(blob[5:5 + n * out.itemsize])
    return out
for original in [array.array('d', [3.25, -1.0]), array.array('H', [1, 65535]), array.array('u', 'hi'), array.array('b')]:
    blob = save(original)
    back = load(blob)
    print(len(blob), back, back == original)
try:
    load(b'h\x02\x00\x00\x00\x01')
except ValueError as e:
    print('ValueError:', e)
