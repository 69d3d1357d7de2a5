import xdrlib
p = xdrlib.Packer()
p.pack_int(1337); p.pack_uint(7); p.pack_bool(True); p.pack_hyper(-5); p.pack_uhyper(2**40)
p.pack_float(1.5); p.pack_double(-2.25); p.pack_string(b"hello"); p.pack_fstring(3, b"abcdef")
p.pack_list([1, 2, 3], p.pack_int); p.pack_array([4, 5], p.pack_uint); p.pack_farray(2, [6, 7], p.pack_int)
data = p.get_buffer()
print(data)
print(p.get_buf() == data)
u = xdrlib.Unpacker(data)
print(u.unpack_int(), u.unpack_uint(), u.unpack_bool(), u.unpack_hyper(), u.unpack_uhyper())
print(u.unpack_float(), u.unpack_double(), u.unpack_string(), u.unpack_fstring(3))
print(u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_uint), u.unpack_farray(2, u.unpack_int))
print(u.get_position(), len(data))
u.done()
for bad in (lambda: p.pack_int(2**40), lambda: p.pack_uint(-1), lambda: p.pack_float("x"), lambda: p.pack_hyper(2**70)):
    try:
        bad()
    except xdrlib.ConversionError as e:
        print("ConversionError", repr(e), str(e), e.msg)
for bad in (lambda: p.pack_fstring(-1, b""), lambda: p.pack_farray(3, [1], p.pack_int), lambda: xdrlib.Unpacker(b"\0\0").unpack_int(), lambda: xdrlib.Unpacker(b"\0\0\0\1\0").done(), lambda: xdrlib.Unpacker(b"\0\0\0\2").unpack_list(None), lambda: xdrlib.Unpacker(b"\0\0\0\x09abc").unpack_string()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, repr(e))
u = xdrlib.Unpacker(b"\0\0\0\5")
u.set_position(0); print(u.unpack_int(), u.get_buffer())
u.reset(b"\xff\xff\xff\xff"); print(u.unpack_int())
print(xdrlib.__all__, issubclass(xdrlib.ConversionError, xdrlib.Error))
p.reset(); print(p.get_buffer())
