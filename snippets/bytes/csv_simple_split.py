# Split CSV records held in bytes and total a numeric column.
data = b"name,qty,price\nwidget,3,2.50\ngadget,10,0.99\ngizmo,1,12.00\n"
rows = [line.split(b",") for line in data.splitlines()]
header, records = rows[0], rows[1:]
print(header)
total = 0.0
for name, qty, price in records:
    cost = int(qty) * float(price)
    total += cost
    print(name.ljust(8), qty.rjust(3), b"%8.2f" % cost)
print(b"total".ljust(12, b"."), b"%.2f" % total)
print(data.count(b"\n"), data.rstrip(b"\n").split(b"\n")[-1])
