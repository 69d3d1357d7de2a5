print("a starts")
import _circ_b
A = "a value"
print("a sees b.B =", _circ_b.B)
