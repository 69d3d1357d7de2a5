class I:
    def __index__(self): return 1.5
for f in ['%x', '%d', '%o', '%c', '%i']:
    try:
        print(f % I())
    except TypeError as e:
        print(f, e)
try:
    print(hex(I()))
except TypeError as e:
    print(e)
class J:
    def __int__(self): return "x"
class K:
    def __int__(self): return 7
    def __index__(self): return 8
for v in [J(), K()]:
    for f in ['%d', '%x', '%i', '%u']:
        try:
            print(f % v)
        except TypeError as e:
            print(f, type(v).__name__, e)
print(b'%d %x' % (K(), K()))
try:
    print(b'%d' % J())
except TypeError as e:
    print(e)
