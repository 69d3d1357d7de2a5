# Item assignment checks each value against its format: wrong types are TypeErrors, out-of-range values ValueErrors.
buf = bytearray(8)
values = [0, -1, 255, 256, -129, 32767, 32768, 2**31, 2**63, 2**64, 1.5, True, b'x', 'x', None]
for fmt in ['B', 'b', 'h', 'H', 'i', 'I', 'q', 'Q', 'n', 'N', 'P', 'f', 'd']:
    view = memoryview(buf).cast(fmt)
    row = []
    for v in values:
        try:
            view[0] = v
            row.append(repr(view[0]))
        except TypeError:
            row.append('T')
        except ValueError:
            row.append('V')
    print(fmt.ljust(2), ' '.join(row))
view = memoryview(buf).cast('h')
for v in [70000, 'a', 2.0]:
    try:
        view[1] = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
