# An uncaught decimal signal shows only the caller's frames (CPython's
# module is C) and the list of signal classes as the message.
from decimal import Decimal, getcontext, DivisionByZero

try:
    Decimal(5) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
getcontext().traps[DivisionByZero] = False
print(Decimal(5) / 0, getcontext().flags[DivisionByZero])
price = Decimal("19.99")
total = price * 3 + Decimal("bad")
