# A report laid out with % formatting: widths from *, left/right alignment, signs.
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.75)]
print("%-10s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-10s %5d %8.2f" % (name, qty, price))
total = sum(q * p for _, q, p in rows)
print("%-10s %5s %8.2f" % ("total", "", total))
print("%*s|%-*s|" % (6, "r", 6, "l"), "%*d" % (-4, 7) + "|")
print("%+d %+d % d % d" % (5, -5, 5, -5), "%05.1f|%-8.3e|" % (-2.345, 12345.678))
print("%(name)s owes %(amount).2f" % {"name": "Bo", "amount": 3.456})
print("%c%c%c" % (80, "y", 0x1F40D))
print("%x-%X-%#o-%#b" % (3054, 3054, 8, 5) if False else "%x-%X-%#o" % (3054, 3054, 8))
