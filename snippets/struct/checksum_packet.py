# A packet with a header checksum: pack, compute a 16-bit one's complement sum, verify.
import struct

def checksum(data):
    if len(data) % 2:
        data += b'\x00'
    total = sum(struct.unpack(f'!{len(data) // 2}H', data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF

header = bytearray(struct.pack('!BBHHH', 8, 0, 0, 0x1234, 1))
payload = b'ping'
struct.pack_into('!H', header, 2, checksum(bytes(header) + payload))
packet = bytes(header) + payload
print(packet.hex())
kind, code, csum, ident, seq = struct.unpack_from('!BBHHH', packet)
print(kind, code, hex(csum), hex(ident), seq)
print('valid:', checksum(packet) == 0)
corrupted = packet[:-1] + b'G'
print('valid after corruption:', checksum(corrupted) == 0)
