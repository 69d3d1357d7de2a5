# Parsing fixed-size binary records by casting a view to 16-bit fields, without copying the file data.
import sys
records = bytearray()
for rid, temp, hum in [(1, 215, 40), (2, -30, 85), (3, 1000, 12), (4, 0, 100)]:
    for value in (rid, temp, hum):
        records += value.to_bytes(2, sys.byteorder, signed=True)
view = memoryview(records)
REC = 6
fields = view.cast('h', [len(records) // REC, 3])
print(fields.shape)
for r in range(fields.shape[0]):
    rid, temp, hum = fields[r, 0], fields[r, 1], fields[r, 2]
    print('record %d: %.1f C, %d%%' % (rid, temp / 10, hum))
fields[1, 1] = -45
print(view[REC:2 * REC].cast('h').tolist())
print(sum(fields.cast('B').cast('h')[1::3]))
second = view[REC:2 * REC]
print(second.cast('h').tolist(), second.nbytes)
