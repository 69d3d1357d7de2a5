print("b starts")
import _circ_a
print("b sees a has A:", hasattr(_circ_a, "A"))
try:
    _circ_a.A
except AttributeError as e:
    print("AttributeError:", e)
B = "b value"
