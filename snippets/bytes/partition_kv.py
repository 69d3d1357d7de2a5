# partition() for key=value pairs, keeping values that contain '='.
pairs = [b"user=alice", b"token=abc=def==", b"flag", b"=empty", b"k="]
for p in pairs:
    key, sep, value = p.partition(b"=")
    print(repr(key), sep == b"=", repr(value))
env = dict(p.partition(b"=")[::2] for p in [b"A=1", b"B=two=2", b"C="])
print(env)
print(b"no sep".partition(b"|"), b"no sep".rpartition(b"|"))
print(bytearray(b"a:b:c").partition(b":"), bytearray(b"a:b:c").rpartition(b":"))
try:
    b"abc".partition(b"")
except ValueError as e:
    print(e)
try:
    b"abc".partition("b")
except TypeError as e:
    print(e)
