# ROT13 with bytes.maketrans and translate.
lower = b"abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
table = bytes.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
msg = b"Hello, World! Why did the chicken cross the road?"
enc = msg.translate(table)
print(enc)
print(enc.translate(table) == msg)
print(len(table), table[97:123])
print(bytearray(msg).translate(table))
print(msg.translate(table, b" ,!?"))
