# Native mode '@' pads fields to their natural alignment; standard modes never pad.
import struct

for fmt in ['@bi', '=bi', '@ib', '@bhi', '@bq', '<bq', '@c3sd', '@?e', '@hP']:
    print(f'{fmt:6} {struct.calcsize(fmt)}')

print(struct.pack('@bi', 1, 2))
print(struct.pack('=bi', 1, 2))
# A zero repeat count aligns without adding an item: pad a record to 8 bytes.
print(struct.calcsize('@ib'), struct.calcsize('@ib0q'))
print(struct.pack('@ib0q', 7, 8))
print(struct.unpack('@bxxxi', struct.pack('@bi', 5, 6)))
layout = struct.Struct('@chqd')
print(layout.size, layout.unpack(layout.pack(b'z', -3, 2**40, 0.25)))
