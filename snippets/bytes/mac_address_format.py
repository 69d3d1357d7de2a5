# MAC addresses: hex() with separators and parsing them back.
mac = bytes.fromhex("00 1A 2b 3C 4d 5E")
print(mac.hex(":"), mac.hex("-").upper(), mac.hex(".", 2), mac.hex())
text = b"00:1a:2b:3c:4d:5e"
parsed = bytes.fromhex(text.replace(b":", b"").decode())
print(parsed == mac, parsed[0] & 1 == 0, parsed[0] & 2 == 0)
oui, nic = mac[:3], mac[3:]
print(oui.hex(":"), nic.hex(":"), int.from_bytes(nic, "big"))
broadcast = b"\xff" * 6
print(broadcast.hex(":"), broadcast == bytes.fromhex("ff" * 6))
