# struct.error is an Exception subclass reached through the module.
import struct

print(struct.error, struct.error.__name__, struct.error.__module__)
e = struct.error('custom message')
print(repr(e), str(e), e.args, type(e).__name__)
print(isinstance(e, Exception), isinstance(e, struct.error), isinstance(e, ValueError))
try:
    raise struct.error('raised by hand')
except struct.error as err:
    print('caught:', err)
try:
    struct.unpack('>H', b'\x00')
except Exception as err:
    print(type(err), repr(err))
try:
    struct.pack('>H', -1)
except (ValueError, struct.error) as err:
    print('tuple match:', err)
try:
    try:
        struct.calcsize('?!')
    except ValueError:
        print('not a ValueError')
except struct.error as err:
    print('outer:', err)
