# decimal: exact construction, arithmetic rounded once to the context precision,
# quantize, contexts and the C module's signal messages.
from decimal import *
print(repr(getcontext()))
print(Decimal('1.10')+Decimal('2.205'), Decimal(1)/Decimal(7), Decimal('1e3'), Decimal('1E+3')+0, Decimal('0.000001'), Decimal('0.0000001'), Decimal('-0'), Decimal('1.000')/Decimal('0.5'), Decimal(10)/Decimal(4), Decimal(1)/Decimal(8), Decimal(100)/Decimal(10), Decimal('12.30')*Decimal('2'))
print(Decimal('1.23456789').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal(0.1), Decimal('NaN'), Decimal('-Infinity'), Decimal((1,(3,1,4),-2)))
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2), divmod(Decimal(7), Decimal(-2)), Decimal(2) ** 10, Decimal('1.1') ** 2, Decimal(2) ** -1)
print(round(Decimal('2.5')), round(Decimal('2.675'), 2), int(Decimal('-3.9')), float(Decimal('0.1')), Decimal('3.14') > 3, Decimal('0.1') == 0.1, Decimal(1) == 1, hash(Decimal('1.5')) == hash(1.5))
print(f'{Decimal("1234.5678"):,.2f}', format(Decimal('0.125'), '.2f'), format(Decimal('12.5'), '%'), format(Decimal('1234.5'), 'e'), format(Decimal('1234.5'), '.2e'), format(Decimal('1234.5'), '>12'), format(Decimal('1.5'), 'g'))
print(Decimal('1.30').normalize(), Decimal('100').normalize(), Decimal('1.5').as_tuple(), Decimal(2).sqrt(), Decimal('-1.5').copy_abs(), abs(Decimal('-2')), -Decimal('0'), Decimal('5').is_nan())
try: Decimal('abc')
except Exception as e: print(type(e), e)
try: Decimal(1)/0
except Exception as e: print(type(e), e, isinstance(e, ZeroDivisionError))
try: Decimal(1)+1.5
except Exception as e: print(type(e), e)
with localcontext() as ctx:
    ctx.prec = 5; print(Decimal(1)/Decimal(3), ctx)
print(Decimal('1.5').to_integral_value(), Decimal(3).compare(Decimal(4)), Decimal(1).adjusted(), Decimal('123.45').adjusted(), Decimal('1e-7'), Decimal('123456789012345678901234567890.5') + 0)
getcontext().prec = 6; print(Decimal(1)/Decimal(3), getcontext().flags[Inexact])
print(sum([Decimal('0.1')] * 10), Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3)
getcontext().prec = 28
print(Decimal(2).sqrt(), Decimal('0.04').sqrt(), Decimal(100).sqrt(), Decimal('1e-10').sqrt(), Decimal(10).sqrt())
print(Decimal('19.99') * 3, Decimal('100') * Decimal('0.075'), (Decimal('100') * Decimal('0.075')).quantize(Decimal('0.01')), Decimal('10') / Decimal('3'), Decimal('-7.5') / 2)
print(sorted([Decimal('1.5'), Decimal('-2'), Decimal('0.5'), 1]), max(Decimal(1), Decimal('1.0')), Decimal('1.0') == Decimal('1'), {Decimal('1.0'): 'a'}[1])
print(Decimal('1.23E+5'), Decimal('123E-10'), Decimal('0E-5'), Decimal('-0.00'), Decimal(' 42 '), Decimal('1_000.5'), Decimal(10**30), Decimal(1.5), Decimal(-0.0), Decimal(1e100))
print(type(Decimal(1)), Decimal, Context, InvalidOperation.__mro__)
print(str(Decimal('1E+2').to_eng_string()), Decimal('12345678901234567890.12345') * 1, Decimal(3.14159).quantize(Decimal('1.000')))
