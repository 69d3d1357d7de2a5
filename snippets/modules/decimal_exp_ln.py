# Decimal exp, ln and log10: correctly rounded (half even) at any precision.
from decimal import Decimal, getcontext
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal("2.5").quantize(Decimal("1")))
getcontext().prec = 50
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(2).ln(), Decimal(7).log10())
print(Decimal("1.5") ** Decimal("0.5"), Decimal(2) ** 100, Decimal("0.1") + Decimal("0.2"))
from decimal import Decimal, getcontext, localcontext, Context, Inexact, Rounded
c = getcontext()
print(Decimal(0).exp(), Decimal("-Infinity").exp(), Decimal("Infinity").ln(), Decimal(0).ln(), Decimal(1).ln(), Decimal("0.001").log10(), Decimal("NaN").exp())
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(3).exp(), Decimal("1e-20").exp(), Decimal("-1e-20").exp(), ctx.flags[Inexact], ctx.flags[Rounded])
    print(ctx.exp(Decimal(2)), ctx.ln(Decimal(2)), ctx.log10(Decimal(2)))
print(Decimal(-5).ln())
