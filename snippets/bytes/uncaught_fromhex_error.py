# A bad hex digit in bytes.fromhex() ends the program with a ValueError.
lines = ["de ad be ef", "00 11 22", "ca fe ba bz"]
for line in lines:
    data = bytes.fromhex(line)
    print(line, "->", data)
