"""Decimal fixed and floating point arithmetic (pyview's `decimal`).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent
(or a special value: NaN, sNaN, Infinity). Results are computed exactly
and then rounded once to the context's precision with its rounding mode,
as the General Decimal Arithmetic specification and CPython's `_decimal`
do, so printed results agree. Signals set the context's flags and raise
when trapped, with the C module's message (the list of signal classes).
Supported: construction from int, str, float, tuple and Decimal; str/repr;
+ - * / // % divmod ** (integer powers), comparisons and hashes mixed
with int (and float for comparisons), quantize, normalize,
to_integral_value, sqrt, exp, ln, log10 (correctly rounded half even,
as CPython's), the predicates and copies, format specs
(f, e, g, %, n, alignment, grouping), contexts and `localcontext`.
Missing: the logical and next_* operations, the exponent
limits (Emin/Emax are reported, never enforced), and correctly rounded
non-integral powers (`x ** Decimal('0.5')` is `sqrt`; others go through
float).
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order the C module lists signals in a context's repr.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact,
            FloatOperation, Overflow, Rounded, Subnormal, Underflow]


class _SignalDict(dict):
    """A context's flags or traps: signal class -> bool."""

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (s.__name__, self[s])
                               for s in _SIGNALS) + '}'


def _signal_dict(on):
    d = _SignalDict()
    for s in _SIGNALS:
        d[s] = s in on
    return d


class Context(object):
    """The context of arithmetic operations: precision, rounding, the
    flags raised so far and the signals that trap."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _default_context if '_default_context' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if flags is None:
            flags = []
        if traps is None:
            traps = [s for s in _SIGNALS if base and base.traps[s]] if base else \
                [InvalidOperation, DivisionByZero, Overflow]
        self.flags = flags if isinstance(flags, dict) else _signal_dict(flags)
        self.traps = traps if isinstance(traps, dict) else _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name not in ('Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, _SignalDict(self.flags), _SignalDict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = Decimal(num)
        if d._special:
            return d
        return d._round(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._round(self)

    def _raise(self, condition, *signals):
        """Sets the flags of `signals`; raises the first that traps."""
        for s in signals:
            self.flags[s] = True
        for s in signals:
            if self.traps[s]:
                raise s([condition])

    # The operations as context methods.
    def abs(self, a): return _dec(a).__abs__(context=self)
    def add(self, a, b): return _dec(a)._add(_dec(b), self)
    def subtract(self, a, b): return _dec(a)._add(_dec(b).copy_negate(), self)
    def multiply(self, a, b): return _dec(a)._mul(_dec(b), self)
    def divide(self, a, b): return _dec(a)._div(_dec(b), self)
    def divide_int(self, a, b): return _dec(a)._divmod(_dec(b), self)[0]
    def remainder(self, a, b): return _dec(a)._divmod(_dec(b), self)[1]
    def divmod(self, a, b): return _dec(a)._divmod(_dec(b), self)
    def power(self, a, b, modulo=None): return _dec(a).__pow__(_dec(b), modulo, context=self)
    def sqrt(self, a): return _dec(a).sqrt(self)
    def exp(self, a): return _dec(a).exp(self)
    def ln(self, a): return _dec(a).ln(self)
    def log10(self, a): return _dec(a).log10(self)
    def quantize(self, a, b): return _dec(a).quantize(_dec(b), context=self)
    def plus(self, a): return _dec(a).__pos__(context=self)
    def minus(self, a): return _dec(a).__neg__(context=self)
    def compare(self, a, b): return _dec(a).compare(_dec(b), self)
    def normalize(self, a): return _dec(a).normalize(self)
    def to_integral_value(self, a): return _dec(a).to_integral_value(context=self)
    def to_sci_string(self, a): return str(_dec(a))
    def max(self, a, b): return _dec(a).max(_dec(b), self)
    def min(self, a, b): return _dec(a).min(_dec(b), self)
    def is_zero(self, a): return _dec(a).is_zero()
    def is_signed(self, a): return _dec(a).is_signed()
    def is_nan(self, a): return _dec(a).is_nan()
    def is_finite(self, a): return _dec(a).is_finite()
    def is_infinite(self, a): return _dec(a).is_infinite()
    def copy_abs(self, a): return _dec(a).copy_abs()
    def copy_negate(self, a): return _dec(a).copy_negate()


def _dec(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)


_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = Context()
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext(object):
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _LocalContext(new)


def _digits(n):
    return len(str(n)) if n else 1


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, float):
            return cls._from_float(value, self, context)
        if isinstance(value, str):
            return self._parse(value, context)
        if isinstance(value, (tuple, list)):
            return self._from_tuple(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    def _parse(self, text, context):
        s = text.strip().replace('_', '') if '__' not in text else None
        ok = s is not None and text.strip()[:1] != '_' and text.strip()[-1:] != '_'
        sign = 0
        if ok and s[:1] in '+-' and s:
            sign = 1 if s[0] == '-' else 0
            s = s[1:]
        low = s.lower() if ok else ''
        self._sign = sign
        if ok and low in ('inf', 'infinity'):
            self._int, self._exp, self._special = 0, 0, 'F'
            return self
        for prefix, kind in (('snan', 'N'), ('nan', 'n')):
            if ok and low.startswith(prefix) and (low[len(prefix):].isdigit() or low == prefix) and low[len(prefix):].isascii():
                payload = low[len(prefix):]
                self._int, self._exp, self._special = int(payload) if payload else 0, 0, kind
                return self
        mantissa, _, exponent = low.partition('e')
        whole, dot, frac = mantissa.partition('.')
        valid = (ok and (whole or frac) and (whole + frac).isdigit() and (whole + frac).isascii()
                 and (not _ or (exponent.lstrip('+-').isdigit() and exponent.lstrip('+-').isascii()
                                and exponent[:1] != '' and exponent.count('+') + exponent.count('-') <= 1
                                and exponent.lstrip('+-') == exponent[1:] if exponent[:1] in '+-' else exponent.isdigit())))
        if not valid:
            ctx = context if context is not None else getcontext()
            ctx._raise(ConversionSyntax, InvalidOperation)
            self._int, self._exp, self._special = 0, 0, 'n'
            return self
        self._int = int(whole + frac)
        self._exp = (int(exponent) if _ else 0) - len(frac)
        self._special = None
        return self

    def _from_tuple(self, t):
        if len(t) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = t
        if sign not in (0, 1):
            raise ValueError('sign must be an integer with the value 0 or 1')
        self._sign = sign
        if exp == 'F':
            self._int, self._exp, self._special = 0, 0, 'F'
            return self
        n = 0
        for d in digits:
            if not isinstance(d, int) or not 0 <= d <= 9:
                raise ValueError('coefficient must be a tuple of digits')
            n = n * 10 + d
        if exp in ('n', 'N'):
            self._int, self._exp, self._special = n, 0, exp
            return self
        if not isinstance(exp, int):
            raise ValueError('exponent must be an integer')
        self._int, self._exp, self._special = n, exp, None
        return self

    @classmethod
    def _from_float(cls, f, self=None, context=None):
        if self is None:
            self = object.__new__(cls)
        self._sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if _math.isnan(f):
            self._int, self._exp, self._special = 0, 0, 'n'
        elif _math.isinf(f):
            self._int, self._exp, self._special = 0, 0, 'F'
        else:
            n, d = abs(f).as_integer_ratio()
            k = d.bit_length() - 1
            self._int, self._exp, self._special = n * 5 ** k, -k, None
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        d = Decimal._from_float(f)
        return d if cls is Decimal else cls(d)

    # Internal constructors and rounding.
    @staticmethod
    def _make(sign, coeff, exp, special=None):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _round(self, ctx, prec=None, rounding=None):
        """Rounds to `prec` digits (the context's by default), raising
        Inexact and Rounded as the result needs."""
        if self._special:
            return self
        prec = ctx.prec if prec is None else prec
        n = _digits(self._int)
        if n <= prec:
            return self
        drop = n - prec
        coeff, inexact = _shift_round(self._int, drop, self._sign,
                                      rounding or ctx.rounding)
        exp = self._exp + drop
        if _digits(coeff) > prec:
            coeff //= 10
            exp += 1
        if inexact:
            ctx._raise(Inexact, Inexact, Rounded)
        else:
            ctx._raise(Rounded, Rounded)
        return Decimal._make(self._sign, coeff, exp)

    # Predicates and parts.
    def is_nan(self): return self._special in ('n', 'N')
    def is_qnan(self): return self._special == 'n'
    def is_snan(self): return self._special == 'N'
    def is_infinite(self): return self._special == 'F'
    def is_finite(self): return self._special is None
    def is_zero(self): return self._special is None and self._int == 0
    def is_signed(self): return self._sign == 1
    def is_canonical(self): return True
    def canonical(self): return self

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return self._special is None and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return self._special is None and self._int != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (), self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n, d)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return Decimal._make(_dec(other)._sign, self._int, self._exp, self._special)

    # Text.
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            ctx = context or getcontext()
            exp = ['e', 'E'][ctx.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # Conversions.
    def __float__(self):
        if self._special == 'n' or self._special == 'N':
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special:
            raise ValueError('cannot convert NaN to integer')
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            return hash(int(self))
        from fractions import Fraction
        return hash(Fraction(*self.as_integer_ratio()))

    # Comparisons.
    def _compare_key(self, other, op):
        """(self, other) as exact ratios for ordering, or NotImplemented;
        None when either is a NaN."""
        if isinstance(other, Decimal):
            pass
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            if op not in ('==', '!=') and getcontext().traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            other = Decimal._from_float(other)
        elif isinstance(other, _numbers.Rational):
            return self._rational_key(other)
        else:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            return None
        return (_order(self), _order(other))

    def _rational_key(self, other):
        if self.is_nan():
            return None
        return (_order(self), _order_rational(other.numerator, other.denominator))

    def _cmp(self, other, op):
        key = self._compare_key(other, op)
        if key is NotImplemented:
            return NotImplemented
        if key is None:
            if op in ('==', '!='):
                return op == '!='
            getcontext()._raise(InvalidOperation, InvalidOperation)
            return False
        a, b = key
        return {'==': a == b, '!=': a != b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b}[op]

    def __eq__(self, other): return self._cmp(other, '==')
    def __ne__(self, other): return self._cmp(other, '!=')
    def __lt__(self, other): return self._cmp(other, '<')
    def __le__(self, other): return self._cmp(other, '<=')
    def __gt__(self, other): return self._cmp(other, '>')
    def __ge__(self, other): return self._cmp(other, '>=')

    def compare(self, other, context=None):
        other = _dec(other)
        if self.is_nan() or other.is_nan():
            return Decimal('NaN')
        a, b = _order(self), _order(other)
        return Decimal(-1 if a < b else 1 if a > b else 0)

    def max(self, other, context=None):
        other = _dec(other)
        return (other if _order(other) > _order(self) else self)._round(context or getcontext())

    def min(self, other, context=None):
        other = _dec(other)
        return (other if _order(other) < _order(self) else self)._round(context or getcontext())

    # Arithmetic.
    def _special_result(self, other, ctx):
        """The result of an operation with a NaN operand, or None."""
        for v in (self, other):
            if v is not None and v._special == 'N':
                ctx._raise(InvalidOperation, InvalidOperation)
                return Decimal._make(v._sign, v._int, 0, 'n')
        for v in (self, other):
            if v is not None and v._special == 'n':
                return v
        return None

    def _add(self, other, ctx):
        nan = self._special_result(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                return _invalid(ctx)
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (self._sign != other._sign and ctx.rounding == ROUND_FLOOR) else 0
            return Decimal._make(sign, 0, exp)._round(ctx)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._round(ctx)

    def _mul(self, other, ctx):
        nan = self._special_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return _invalid(ctx)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._round(ctx)

    def _div(self, other, ctx):
        nan = self._special_result(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                return _invalid(ctx)
            if self._special == 'F':
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined, InvalidOperation)
                return Decimal('NaN')
            ctx._raise(DivisionByZero, DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            # Inexact: a sticky last digit keeps the rounding correct.
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._round(ctx)

    def _divmod(self, other, ctx):
        nan = self._special_result(other, ctx)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F':
                ctx._raise(InvalidOperation, InvalidOperation)
                return Decimal('NaN'), Decimal('NaN')
            return Decimal._make(sign, 0, 0), self._round(ctx)
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined, InvalidOperation)
                return Decimal('NaN'), Decimal('NaN')
            ctx._raise(DivisionByZero, DivisionByZero)
            ctx._raise(InvalidOperation, InvalidOperation)
            return Decimal._make(sign, 0, 0, 'F'), Decimal('NaN')
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            ctx._raise(DivisionImpossible, InvalidOperation)
            return Decimal('NaN'), Decimal('NaN')
        quotient = Decimal._make(sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._round(ctx)
        return quotient, remainder

    def __add__(self, other, context=None):
        other = _operand(other, '+', self, False)
        if other is NotImplemented:
            return other
        return self._add(other, context or getcontext())

    def __radd__(self, other, context=None):
        other = _operand(other, '+', self, True)
        if other is NotImplemented:
            return other
        return other._add(self, context or getcontext())

    def __sub__(self, other, context=None):
        other = _operand(other, '-', self, False)
        if other is NotImplemented:
            return other
        return self._add(other.copy_negate(), context or getcontext())

    def __rsub__(self, other, context=None):
        other = _operand(other, '-', self, True)
        if other is NotImplemented:
            return other
        return other._add(self.copy_negate(), context or getcontext())

    def __mul__(self, other, context=None):
        other = _operand(other, '*', self, False)
        if other is NotImplemented:
            return other
        return self._mul(other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _operand(other, '*', self, True)
        if other is NotImplemented:
            return other
        return other._mul(self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _operand(other, '/', self, False)
        if other is NotImplemented:
            return other
        return self._div(other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _operand(other, '/', self, True)
        if other is NotImplemented:
            return other
        return other._div(self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _operand(other, '//', self, False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other, '//', self, True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())[0]

    def __mod__(self, other, context=None):
        other = _operand(other, '%', self, False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = _operand(other, '%', self, True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())[1]

    def __divmod__(self, other, context=None):
        other = _operand(other, 'divmod()', self, False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _operand(other, 'divmod()', self, True)
        if other is NotImplemented:
            return other
        return other._divmod(self, context or getcontext())

    def remainder_near(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other)
        q, r = self._divmod(other, ctx)
        if r.is_zero() or r.is_nan():
            return r
        twice = abs(r) + abs(r)
        if twice > abs(other) or (twice == abs(other) and int(q) % 2):
            r = r._add((other if r._sign != other._sign else other.copy_negate()), ctx)
        return r

    def __pow__(self, other, modulo=None, context=None):
        ctx = context or getcontext()
        other = _operand(other, '** or pow()', self, False)
        if other is NotImplemented:
            return other
        if modulo is not None:
            m = _dec(modulo)
            return Decimal(pow(int(self), int(other), int(m)))
        nan = self._special_result(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            if not other._special and not other._sign and other.as_integer_ratio() == (1, 2):
                return self.sqrt(ctx)
            # Other non-integral powers go through float (not correctly
            # rounded to the context's precision, unlike CPython's).
            return Decimal(repr(float(self) ** float(other)))._round(ctx)
        n = int(other)
        if self.is_zero():
            if n < 0:
                ctx._raise(DivisionByZero, DivisionByZero)
                return Decimal._make(self._sign & (n & 1), 0, 0, 'F')
            if n == 0:
                return _invalid(ctx)
        sign = self._sign & (n & 1)
        if n >= 0:
            result = Decimal._make(sign, self._int ** n, self._exp * n)
            return result._round(ctx)
        # A negative power: 1 / x**|n| with a few guard digits.
        work = ctx.copy()
        work.prec = ctx.prec + 3
        denom = Decimal._make(0, self._int ** -n, self._exp * -n)
        result = Decimal(1)._div(denom, work)
        result = Decimal._make(sign, result._int, result._exp)
        return result._round(ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other, '** or pow()', self, True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self.copy_negate()
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp)._round(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else self._sign
        return Decimal._make(sign, self._int, self._exp)._round(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self._special:
            return self.copy_abs()
        return Decimal._make(0, self._int, self._exp)._round(ctx)

    plus = __pos__
    minus = __neg__

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special == 'F':
            raise OverflowError('cannot round an infinity')
        if self._special:
            raise ValueError('cannot round a NaN')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING))

    def _rescale(self, exp, rounding):
        """This value with exponent `exp`, rounded (no precision check)."""
        if self._special:
            return self
        if exp <= self._exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff, _ = _shift_round(self._int, exp - self._exp, self._sign, rounding)
        return Decimal._make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = _dec(exp)
        nan = self._special_result(exp, ctx)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == exp._special:
                return self
            return _invalid(ctx)
        result = self._rescale(exp._exp, rounding or ctx.rounding)
        if _digits(result._int) > ctx.prec:
            return _invalid(ctx)
        if result._exp > self._exp:
            if result._int * 10 ** (result._exp - self._exp) != self._int:
                ctx._raise(Inexact, Inexact, Rounded)
            else:
                ctx._raise(Rounded, Rounded)
        return result

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return self._special == other._special or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special or self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        result = self.to_integral_value(rounding, ctx)
        if result is not self and result != self:
            ctx._raise(Inexact, Inexact, Rounded)
        return result

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        d = self._round(ctx)
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            nan = self._special_result(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return self
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return _invalid(ctx)
        ideal = self._exp // 2
        prec = ctx.prec
        # Scale so the root has prec + 1 digits: c * 10**(2k) with an even
        # exponent.
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, prec + 1 - (_digits(c) + 1) // 2)
        c *= 10 ** (2 * shift)
        e -= 2 * shift
        root = _math.isqrt(c)
        exact = root * root == c
        exp = e // 2
        if not exact:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        work = ctx.copy()
        work.rounding = ROUND_HALF_EVEN
        result = Decimal._make(0, root, exp)._round(work)
        if not exact:
            ctx._raise(Inexact, Inexact, Rounded)
        return result

    def exp(self, context=None):
        """Returns e ** self, correctly rounded (half even)."""
        ctx = context or getcontext()
        if self._special:
            nan = self._special_result(None, ctx)
            if nan is not None:
                return nan
            return Decimal(0) if self._sign else self
        if self._int == 0:
            return Decimal(1)
        adj = self.adjusted()
        if adj < -(ctx.prec + 3):
            # Within 10**-(prec + 2) of 1: rounds to 1 either side.
            ctx._raise(Inexact, Inexact, Rounded)
            return Decimal._make(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if adj >= 8:
            if not self._sign:
                ctx._raise(Overflow, Overflow, Inexact, Rounded)
                return Decimal._make(0, 0, 0, 'F')
            ctx._raise(Underflow, Inexact, Rounded, Subnormal, Underflow, Clamped)
            return Decimal._make(0, 0, ctx.Etiny())
        return _correctly_rounded(_exp_approx, self, ctx)

    def _log_special(self, ctx):
        """The result of ln/log10 for specials, zero, negatives, or None."""
        if self._special:
            nan = self._special_result(None, ctx)
            if nan is not None:
                return nan
            if not self._sign:
                return self
        elif self._int == 0:
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return _invalid(ctx)
        return None

    def ln(self, context=None):
        """Returns the natural logarithm, correctly rounded (half even)."""
        ctx = context or getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        if self == 1:
            return Decimal(0)
        return _correctly_rounded(_ln_approx, self, ctx)

    def log10(self, context=None):
        """Returns the base-ten logarithm, correctly rounded (half even)."""
        ctx = context or getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        c = self._int
        if str(c).rstrip('0') == '1':
            # A power of ten: its exponent, exactly.
            return Decimal(self._exp + _digits(c) - 1)
        return _correctly_rounded(
            lambda dec, w: _ln_approx(dec, w, log10=True), self, ctx)

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        product = Decimal._make(self._sign ^ _dec(other)._sign, self._int * _dec(other)._int,
                                self._exp + _dec(other)._exp)
        return product._add(_dec(third), ctx)

    def number_class(self, context=None):
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'N':
            return 'sNaN'
        if self._int == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, spec, context=None):
        return _format(self, spec, context or getcontext())


def _operand(other, op, this, reflected):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


def _order(d):
    """A key ordering finite and infinite Decimals by value."""
    if d._special == 'F':
        return (-2, 0, 0) if d._sign else (2, 0, 0)
    if d._int == 0:
        return (0, 0, 0)
    n, den = d.as_integer_ratio()
    return _order_rational(n, den)


def _order_rational(n, den):
    from fractions import Fraction
    if n == 0:
        return (0, 0, 0)
    return (1 if n > 0 else -1, Fraction(n, den), 0)


def _fx_atanh_inv(k, one):
    """atanh(1/k) in fixed point (`one` is 1.0)."""
    term = one // k
    total = term
    k2 = k * k
    n = 1
    while term:
        term //= k2
        n += 2
        total += term // n
    return total


def _fx_ln2(one):
    return 2 * _fx_atanh_inv(3, one)


def _fx_ln10(one):
    # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
    return 3 * _fx_ln2(one) + 2 * _fx_atanh_inv(9, one)


def _fx_exp_small(r, one):
    """exp(r / one) * one for |r / one| < 3: a Taylor series at r / 2**10,
    squared ten times."""
    y = r >> 10 if r >= 0 else -((-r) >> 10)
    total = term = one
    n = 0
    while term:
        n += 1
        term = term * y // (one * n)
        total += term
    for _ in range(10):
        total = total * total // one
    return total


def _exp_approx(dec, w):
    """exp(dec) as (V, X, err): the value lies within err of V * 10**X,
    computed with w digits after the point."""
    one = 10 ** w
    shift = dec._exp + w
    x = dec._int * 10 ** shift if shift >= 0 else dec._int // 10 ** -shift
    if dec._sign:
        x = -x
    # exp(x) = 10**q * exp(x - q ln 10), the rest in [0, ln 10).
    guard = 10 ** 9
    ln10 = _fx_ln10(one * guard)
    q = (x * guard) // ln10
    r = x - q * ln10 // guard
    return _fx_exp_small(r, one), q - w, 10 ** 5


def _ln_approx(dec, w, log10=False):
    """ln(dec) (or log10) of a positive finite dec as (V, X, err)."""
    one = 10 ** w
    c, e = dec._int, dec._exp
    d = _digits(c)
    # dec = m * 10**(e + d) with m = c / 10**d in [0.1, 1).
    m = c * one // 10 ** d if d <= w else c // 10 ** (d - w)
    j = 0
    while m < one // 2:
        m *= 2
        j += 1
    # ln m = -2 atanh((1 - m) / (1 + m)) - j ln 2, the argument in [0, 1/3)
    # (kept positive: floor division of a negative term never reaches 0).
    z = (one - m) * one // (m + one)
    z2 = z * z // one
    total = term = z
    n = 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
    k = e + d
    guard = 10 ** (_digits(abs(k)) + 2)
    ln2 = _fx_ln2(one)
    ln10 = _fx_ln10(one * guard)
    v = -2 * total - j * ln2 + k * ln10 // guard
    err = 4 * n + 4 * j + 100
    if log10:
        v = v * one * guard // ln10
        err = err // 2 + 10
    return v, -w, err


def _ziv_round(v, x, err, prec):
    """|v| * 10**x rounded half-even to prec digits, when every value within
    err of v rounds the same: (coeff, exp), else None."""
    v = abs(v)
    lo, hi = v - err, v + err
    if lo <= 0 or _digits(lo) <= prec + 2:
        return None
    ends = []
    for end in (lo, hi):
        drop = _digits(end) - prec
        coeff, _ = _shift_round(end, drop, 0, ROUND_HALF_EVEN)
        exp = x + drop
        if _digits(coeff) > prec:
            coeff //= 10
            exp += 1
        ends.append((coeff, exp))
    return ends[0] if ends[0] == ends[1] else None


def _correctly_rounded(approx, dec, ctx):
    """The inexact result of a transcendental function, rounded half-even
    to the context's precision: more digits are computed until the
    rounding is certain (Ziv's loop)."""
    w = ctx.prec + 12
    while True:
        v, x, err = approx(dec, w)
        found = _ziv_round(v, x, err, ctx.prec)
        if found is not None:
            break
        w *= 2
    coeff, exp = found
    result = Decimal._make(1 if v < 0 else 0, coeff, exp)
    if result.adjusted() > ctx.Emax:
        ctx._raise(Overflow, Overflow, Inexact, Rounded)
        return Decimal._make(result._sign, 0, 0, 'F')
    ctx._raise(Inexact, Inexact, Rounded)
    return result


def _invalid(ctx):
    """An invalid operation's result: NaN, signalling InvalidOperation."""
    ctx._raise(InvalidOperation, InvalidOperation)
    return Decimal('NaN')


def _shift_round(coeff, drop, sign, rounding):
    """coeff with its last `drop` digits removed, rounded: (new, inexact)."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    unit = 10 ** drop
    kept, rest = divmod(coeff, unit)
    if rest == 0:
        return kept, False
    half = unit // 2 if unit % 2 == 0 else None
    twice = rest * 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = twice >= unit
    elif rounding == ROUND_HALF_DOWN:
        up = twice > unit
    elif rounding == ROUND_HALF_EVEN:
        up = twice > unit or (twice == unit and kept % 2 == 1)
    else:
        up = kept % 10 in (0, 5)
    return kept + 1 if up else kept, True


def _format(d, spec, ctx):
    import re
    m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?', spec, re.S)
    if m is None:
        raise ValueError('invalid format string')
    fill, align, sign, no_neg_0, alt, zero, width, comma, precision, kind = m.groups()
    width = int(width) if width else 0
    precision = int(precision) if precision is not None else None
    if zero and not align:
        fill, align = '0', '='
    fill = fill or ' '
    align = align or '>'
    sign_text = '-' if d._sign else ('+' if sign == '+' else ' ' if sign == ' ' else '')
    if d._special:
        body = ('Infinity' if d._special == 'F' else 'NaN') + ('%' if kind == '%' else '')
        if zero and fill == '0' and align == '=':
            fill, align = ' ', '>'
        return _align(sign_text, body, fill, align, width)
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if kind == '%':
        d = Decimal._make(d._sign, d._int, d._exp + 2)
    rounding = ctx.rounding
    if precision is not None:
        if kind in 'eE':
            d = _round_places(d, precision + 1, rounding) if d._int else d
        elif kind in 'fF%':
            d = d._rescale(-precision, rounding)
        elif kind in 'gG' and _digits(d._int) > precision:
            d = _round_places(d, max(precision, 1), rounding)
    if not d._int and d._exp > 0 and kind in 'fF%':
        d = d._rescale(0, rounding)
    if no_neg_0 and not d._int and d._sign:
        sign_text = '+' if sign == '+' else ' ' if sign == ' ' else ''
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if (not d._int and precision is not None) else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart, fracpart = '0', '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart or alt:
        fracpart = '.' + fracpart
    if exp != 0 or kind in 'eE':
        fracpart += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[kind] + '%+d' % exp
    if kind == '%':
        fracpart += '%'
    if comma:
        min_width = width - len(fracpart) - len(sign_text) if (zero and fill == '0' and align == '=') else 0
        intpart = _group(intpart, min_width)
    return _align(sign_text, intpart + fracpart, fill, align, width)


def _round_places(d, places, rounding):
    """Nonzero d rounded (or padded) to `places` significant digits."""
    r = d._rescale(d.adjusted() + 1 - places, rounding)
    if r.adjusted() != d.adjusted():
        r = r._rescale(r.adjusted() + 1 - places, rounding)
    return r


def _group(intpart, min_width):
    """intpart with commas between groups of three digits, padded with
    zeros (and commas) to `min_width`."""
    groups = []
    while len(intpart) > 3:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    groups.insert(0, intpart)
    text = ','.join(groups)
    while len(text) < min_width:
        head = groups[0]
        if len(head) < 3:
            groups[0] = '0' + head
        else:
            groups.insert(0, '0')
        text = ','.join(groups)
    return text


def _align(sign_text, body, fill, align, width):
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign_text + body + fill * (pad - left)
    if align == '=':
        return sign_text + fill * pad + body
    return fill * pad + sign_text + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_default_context = DefaultContext

_numbers.Number.register(Decimal)

for _cls in [Decimal, Context, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact, InvalidContext,
             Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    _cls.__module__ = 'decimal'
# The C type names messages show (`'decimal.Decimal' and 'float'`).
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _cls
