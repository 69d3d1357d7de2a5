"""Mathematical functions for complex numbers (pyview's `cmath`).

For finite arguments each function evaluates CPython's own formulas over
the platform's libm (through `math`), so results agree with CPython's C
module bit for bit: the scaled `sqrt`, `log` through `log1p` near the
unit circle, `tanh` from `tanh`/`tan`/`cosh`, and the inverse functions
from complex square roots. Domain errors (`log(0)`, `atanh(1)`) raise
ValueError and overflows OverflowError, as CPython. Not modelled: CPython's
tables of results for infinite and NaN arguments, and the rescaling that
keeps huge or tiny arguments from overflowing inside the formulas.
"""

import math as _m
from _pyview_libm import hypot as _hypot

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
infj = complex(0.0, _m.inf)
nan = _m.nan
nanj = complex(0.0, _m.nan)

_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684
# CPython's CM_LARGE_DOUBLE and the limits derived from it.
_LARGE = 1.7976931348623157e308 / 4
_LOG_LARGE = _m.log(_LARGE)
_SQRT_LARGE = _m.sqrt(_LARGE)


def _c(x):
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return complex(x)
    t = type(x)
    if hasattr(t, '__complex__'):
        return t.__complex__(x)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(x))
    raise TypeError('must be real number, not %s' % t.__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _checked(z, result):
    """result, or OverflowError when a finite z gave an infinite part."""
    if _finite(z) and not (_m.isfinite(result.real) and _m.isfinite(result.imag)):
        if not (_m.isnan(result.real) or _m.isnan(result.imag)):
            raise OverflowError('math range error')
    return result


def _sqrt(z):
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def sqrt(z, /):
    """Return the square root of z."""
    return _sqrt(_c(z))


def _log(z):
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax == 0.0 and ay == 0.0:
        raise ValueError('math domain error')
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        real = _m.log(_hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(z.imag, z.real))


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    r = _log(_c(z))
    if base is None:
        return r
    b = _log(_c(base))
    if b == 0:
        raise ValueError('math domain error')
    return r / b


def log10(z, /):
    """Return the base-10 logarithm of z."""
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def exp(z, /):
    """Return the exponential value e**z."""
    z = _c(z)
    if z.real > _LOG_LARGE:
        l = _m.exp(z.real - 1.0)
        r = complex(l * _m.cos(z.imag) * _m.e, l * _m.sin(z.imag) * _m.e)
    else:
        l = _m.exp(z.real)
        r = complex(l * _m.cos(z.imag), l * _m.sin(z.imag))
    return _checked(z, r)


def _hyperbolic(z, re_part, im_part):
    # sinh and cosh: cos(y) * re_part(x) + i sin(y) * im_part(x), with x
    # one less (and a factor e back) where re_part(x) would overflow.
    if abs(z.real) > _LOG_LARGE:
        x = z.real - _m.copysign(1.0, z.real)
        r = complex(_m.cos(z.imag) * re_part(x) * _m.e, _m.sin(z.imag) * im_part(x) * _m.e)
    else:
        r = complex(_m.cos(z.imag) * re_part(z.real), _m.sin(z.imag) * im_part(z.real))
    return _checked(z, r)


def _sinh(z):
    return _hyperbolic(z, _m.sinh, _m.cosh)


def _cosh(z):
    return _hyperbolic(z, _m.cosh, _m.sinh)


def _tanh(z):
    if abs(z.real) > _SQRT_LARGE:
        return complex(_m.copysign(1.0, z.real),
                       4.0 * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2.0 * abs(z.real)))
    tx = _m.tanh(z.real)
    ty = _m.tan(z.imag)
    cx = 1.0 / _m.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return _sinh(_c(z))


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return _cosh(_c(z))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    return _tanh(_c(z))


def _times_i(f, z):
    # f(z) = -i * g(i z) for the circular functions.
    s = f(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def sin(z, /):
    """Return the sine of z."""
    return _times_i(_sinh, _c(z))


def cos(z, /):
    """Return the cosine of z."""
    z = _c(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z, /):
    """Return the tangent of z."""
    return _times_i(_tanh, _c(z))


def _asinh(z):
    s1 = _sqrt(complex(1.0 + z.imag, -z.real))
    s2 = _sqrt(complex(1.0 - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return _asinh(_c(z))


def asin(z, /):
    """Return the arc sine of z."""
    return _times_i(_asinh, _c(z))


def acos(z, /):
    """Return the arc cosine of z."""
    z = _c(z)
    s1 = _sqrt(complex(1.0 - z.real, -z.imag))
    s2 = _sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    z = _c(z)
    s1 = _sqrt(complex(z.real - 1.0, z.imag))
    s2 = _sqrt(complex(z.real + 1.0, z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(z):
    if z.real < 0.0:
        r = _atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = abs(z.imag)
    if z.real == 1.0 and ay == 0.0:
        raise ValueError('math domain error')
    real = _m.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0
    return complex(real, imag)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return _atanh(_c(z))


def atan(z, /):
    """Return the arc tangent of z."""
    return _times_i(_atanh, _c(z))


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    z = _c(z)
    r = _hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError('math range error')
    return (r, _m.atan2(z.imag, z.real))


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = float(r)
    phi = float(phi)
    if phi == 0.0 and _m.isfinite(r):
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    return _finite(_c(z))


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _c(a)
    b = _c(b)
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a))) or diff <= abs_tol
