# gc: collect, the enabled flag, thresholds, debug flags and is_tracked as scripts use them around memory experiments
import gc

buf = bytearray(1000)
view = memoryview(buf)
del view
print(gc.collect(), gc.collect(0), gc.collect(generation=1), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold(), gc.garbage, gc.callbacks, gc.get_debug())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(b"x"), gc.is_tracked(bytearray()))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)))
print(gc.is_tracked(([],)), gc.is_tracked(gc), gc.is_tracked(memoryview(b"")))
for args in [(3,), ("x",), (1, 2)]:
    try:
        gc.collect(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(e)
gc.collect(-1)
