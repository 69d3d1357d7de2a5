# Number formatting in tables with alignment, padding and separators.
rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("gizmo", 100, 0.25)]
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5d}{price:>10.2f}{qty * price:>12,.2f}")
grand = sum(q * p for _, q, p in rows)
print(f"{'':<25}{grand:>12,.2f}")
print(f"{1234567.891:,.3f} {1234567:_} {0.000123:.2e} {42:+06d} {-3.5:08.2f}")
print("{:.3%} {:e} {:g} {:g}".format(0.12345, 0.0001234, 1e-7, 123456789))
print(f"{255:#06x} {255:#010b} {8:o}")
