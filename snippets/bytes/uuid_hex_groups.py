# Format 16 raw bytes in UUID 8-4-4-4-12 groups and parse them back.
raw = bytes.fromhex("12345678123456781234567812345678")
h = raw.hex()
text = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
print(text, len(text))
back = bytes.fromhex(text.replace("-", ""))
print(back == raw, raw.hex("-", 4), raw.hex("-", -4))
version = raw[6] >> 4
print("version", version, "variant bits", bin(raw[8] >> 6))
nil = bytes(16)
print(nil.hex("-", 2), nil == b"\x00" * 16)
