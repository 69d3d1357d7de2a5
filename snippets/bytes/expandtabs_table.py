# expandtabs() lines up tab-separated columns.
rows = [b"name\tqty\tprice", b"apple\t3\t0.5", b"watermelon\t1\t3.25", b"fig\t12\t0.1"]
for size in [8, 4, 12]:
    print("tabsize", size)
    for r in rows:
        print(r.expandtabs(size).decode() + "|")
print(b"a\tb\nc\td\r\te".expandtabs(4))
print(b"\t".expandtabs(0), b"x\ty".expandtabs(-1), b"x\ty".expandtabs(tabsize=2), b"no tabs".expandtabs())
print(bytearray(b"\t|").expandtabs(3))
