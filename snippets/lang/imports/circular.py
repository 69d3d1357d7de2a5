# Circular imports see the partially initialised module, as in CPython.
import _circ_a
print(_circ_a.A, _circ_a._circ_b.B)
import sys
try:
    import _circ_c
except ImportError as e:
    folder = __file__.rsplit("/", 1)[0]
    print(type(e).__name__, str(e).replace(folder, "<dir>"))
print("_circ_c" in sys.modules, "_circ_d" in sys.modules)
