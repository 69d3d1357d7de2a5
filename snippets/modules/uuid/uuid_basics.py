import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), str(u), u.fields, u.version, u.variant, u.urn)
print(u.bytes, u.bytes_le, u.time, u.clock_seq, u.node, u.hex, u.int, u.is_safe)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
for form in ['{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678123456781234567812345678', '12345678123456781234567812345678']:
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
try:
    uuid.uuid3(uuid.NAMESPACE_OID, b'bytes')
except TypeError as e:
    print(e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.time > 0x01b21dd213814000)
print(t.version, t.variant, t.node >> 40 & 1 in (0, 1), uuid.uuid1(node=0x123456789abc, clock_seq=5).node == 0x123456789abc)
for bad in ['xyz', '{12345678-1234-5678-1234-56781234567}', 'g' * 32]:
    try:
        uuid.UUID(bad)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(bytes=b'x'), dict(bytes_le=b'x'), dict(fields=(1, 2)), dict(fields=(2**32, 0, 0, 0, 0, 0)),
           dict(fields=(0, 2**16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 2**48)),
           dict(int=-1), dict(), dict(hex='0' * 32, int=1), dict(int=1, version=9)]:
    try:
        uuid.UUID(**kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    u.x = 1
except Exception as e:
    print(type(e).__name__, e)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.unknown, repr(uuid.SafeUUID.safe))
print(uuid.UUID(int=0).variant, uuid.UUID(int=2**127).variant, uuid.UUID(int=2**128 - 1).variant, uuid.UUID(int=0).version)
print(u < uuid.UUID(int=2**127), u == uuid.UUID(str(u)), u == 5, hash(u) == hash(u.int), int(u) == u.int)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(uuid.UUID(int=5, version=4), {u: 1}[uuid.UUID(str(u))], u.__getstate__())
import copy, pickle
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)
try:
    u < 5
except Exception as e:
    print(type(e).__name__, e)
uuid.UUID('not-a-uuid')
