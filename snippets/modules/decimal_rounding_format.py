# decimal: every rounding mode, the format mini-language for Decimal, context
# methods, remainders and bad literals.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, Context, localcontext, InvalidOperation
vals = ['2.5', '-2.5', '2.45', '2.55', '-0.05', '1.005', '123.456789', '0.0001', '9.999', '-9.995']
for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    print(r, [str(Decimal(v).quantize(Decimal('0.1'), rounding=r)) for v in vals])
for spec in ('', '.1f', '.3f', '10.2f', '<10', '^10', '+', '+.2e', '.3g', '.10g', 'g', 'e', 'E', ',', '_.2f', '08.2f', '.0f', '.0%', 'n'):
    out = []
    for v in ('0', '1234.5678', '-0.000123', '1E+10', '12345678901234567890', '0.5', 'NaN', '-Infinity'):
        try:
            out.append(format(Decimal(v), spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.add(Decimal('1.234'), Decimal('5.678')), ctx.divide(Decimal(2), Decimal(3)), ctx.multiply(Decimal('1.11'), 2), ctx)
with localcontext(prec=4) as c:
    print(Decimal(22) / 7, c.prec)
print(getcontext().prec)
a = Decimal('3.14159')
print(a.as_integer_ratio(), a.adjusted(), a.same_quantum(Decimal('1.00000')), a.number_class(), Decimal('-0').number_class(), Decimal('inf').number_class())
print(Decimal(5) % Decimal('0.3'), Decimal('-5') % 3, Decimal('5.5') // 2, divmod(Decimal('-7.5'), 2), Decimal(3).remainder_near(2))
print(Decimal('0.1') * 3 - Decimal('0.3'), Decimal('1') / Decimal('3') * 3, Decimal(2) ** Decimal('0.5'))
for bad in ['1.2.3', '', '1e', 'e5', '--1', '1 2', '0x10', 'Inf', 'nan123', 'sNaN']:
    try:
        print(repr(bad), repr(Decimal(bad)))
    except InvalidOperation as e:
        print(repr(bad), 'InvalidOperation', e)
