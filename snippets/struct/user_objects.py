# Objects with __index__, __float__ and __bool__ pack like the numbers they stand for.
import struct

class Flag:
    def __init__(self, bit):
        self.bit = bit
    def __index__(self):
        return 1 << self.bit
    def __bool__(self):
        return self.bit > 0

class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees
    def __float__(self):
        return self.degrees * 1.0

print(struct.pack('<HB?', Flag(3), Flag(0), Flag(0)))
print(struct.pack('>f', Celsius(21.5)), struct.unpack('>f', struct.pack('>f', Celsius(21.5))))
buf = bytearray(6)
struct.pack_into('<I', buf, Flag(1), Flag(4))
print(buf, struct.unpack_from('<I', buf, offset=Flag(1)))

class Broken:
    def __index__(self):
        return 'seven'

class Angry:
    def __index__(self):
        raise ValueError('no index for you')
    def __float__(self):
        raise ValueError('no float either')

for fmt, value in [('i', Broken()), ('i', Angry()), ('d', Angry()), ('i', Celsius(1)), ('d', Flag(2))]:
    try:
        print(fmt, struct.pack(fmt, value))
    except Exception as e:
        print(fmt, type(e).__name__, e)

class MyError(struct.error):
    pass

try:
    raise MyError('subclass of struct.error')
except struct.error as e:
    print(type(e).__name__, isinstance(e, struct.error), e)
