# f-string = debugging with conversions and format specs, as used while tracing values.
width = 7
ratio = 2 / 3
name = "sensor"
items = [1, 2, 3]
print(f"{width=}")
print(f"{ratio=:.3f}")
print(f"{name=!s}")
print(f"{name = }")
print(f"{items[1:]=}")
print(f"{len(items) * 2 = }")
print(f"{ratio!r:>22}")
print(f"{name!a:^12}|")
print(f"{'text':{'*'}^{width + 3}}")
print(f"{3.0!s:0>6}", f"{-5:{'+'}}", f"{12:{'x'}}")
