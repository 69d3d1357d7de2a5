# Fixed-width record layout: slice fields out of each line.
LAYOUT = [("id", 0, 4), ("name", 4, 14), ("amount", 14, 22), ("cur", 22, 25)]
data = b"0001Alice       1250.00EUR\n0002Bob            -3.50USD\n0003Carol Ann   100000.0GBP\n"
for line in data.splitlines():
    rec = {name: line[a:b].strip() for name, a, b in LAYOUT}
    print(rec["id"], rec["name"].ljust(10), "%10.2f" % float(rec["amount"]), rec["cur"].decode().lower())
widths = [b - a for _, a, b in LAYOUT]
print(widths, sum(widths), [len(l) for l in data.splitlines()])
print(data[4:14], data[-4:-1], data[::27][:3])
