# printf-style % formatting: conversions, widths, flags, precision, mappings.
print("%s is %d years" % ("Ann", 42))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %e %E %g %G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%.2f %8.3f %-8.1f| %.0f %#.0f" % (3.14159, 2.5, 1.25, 2.5, 3.0))
print("%c%c %r %a %s" % ("h", 105, "quote'", "é", None))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("100%% sure, %s%%" % 50)
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 3.99, "%i" % True)
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%", ())]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
