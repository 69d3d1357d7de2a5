# Run-length encoding bytes into parallel 'B' arrays of values and counts, and decoding back.
import array
def rle(data):
    vals, counts = array.array('B'), array.array('B')
    for b in data:
        if vals and vals[-1] == b and counts[-1] < 255:
            counts[-1] += 1
        else:
            vals.append(b)
            counts.append(1)
    return vals, counts
def unrle(vals, counts):
    out = array.array('B')
    for v, n in zip(vals, counts):
        out.extend([v] * n)
    return out.tobytes()
data = b'aaaabbbcddddddddde' + b'z' * 300
vals, counts = rle(data)
print(vals.tobytes(), counts.tolist())
print(unrle(vals, counts) == data, len(vals) * 2, len(data))
