# An undecodable byte escaping to the top level prints a traceback.
def read_name(blob):
    length = blob[0]
    return blob[1:1 + length].decode("utf-8")
print(read_name(b"\x05hello"))
print(read_name(b"\x04caf\xc3"))
