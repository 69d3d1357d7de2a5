"""Fast implementation of the datetime type."""

# pyview's _datetime, the implementation of datetime (which imports its
# public names), in Python over the native time module. CPython's is
# C (_datetime), so this module copies what a script sees of it: the
# argument checks and messages of its C argument parser, the reprs with
# the C types' names ('datetime.date', given to the classes through the
# native _set_type_name), read-only attributes, and no traceback frames of
# its own (the interpreter leaves this file's frames out).
#
# Supported: timedelta, date, time, datetime, tzinfo, timezone, UTC,
# MINYEAR, MAXYEAR; timestamps and local time through time.localtime
# (the machine's zone), strftime (glibc's directives in the C locale),
# strptime (the C locale's directives), fromisoformat (3.11's forms).
# Not here: pickling by CPython's byte-string state (__reduce__ gives
# the fields instead), datetime_CAPI, locale-dependent names.

import time as _time
import math as _math
from operator import index as _index

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_MAX_DAYS = 999999999
_INT_MAX = 2147483647
_LONG_MAX = 9223372036854775807
_US_PER_DAY = 86400000000
# Seconds from 0001-01-01 to 1970-01-01, counting 0001-01-01 as day 1
# (the scale local-time arithmetic below works on).
_EPOCH_SECONDS = 719163 * 86400

_MISSING = object()

# ----- argument parsing, as CPython's PyArg_ParseTupleAndKeywords -----


def _c_int(v):
    # The "i" converter: an integer (or __index__) that fits a C int.
    if type(v) is not int:
        v = int(_index(v))
    if v > _INT_MAX:
        if v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if v < -_INT_MAX - 1:
        if v < -_LONG_MAX - 1:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return v


def _parse(fname, names, nreq, npos, args, kw, ints=True):
    # Binds args/kw to names as C's parser does, converting each value
    # with _c_int in order (except 'tzinfo'); missing optional ones are
    # _MISSING. fname None stands for a parser without a name.
    nargs = len(args)
    nmax = len(names)
    total = nargs + len(kw)
    who = fname + "()" if fname else "function"
    if total > nmax:
        raise TypeError("%s takes %s %d argument%s (%d given)" % (
            who, "at most", nmax,
            "" if nmax == 1 else "s", total))
    if nargs > npos:
        raise TypeError("%s takes %s %d positional argument%s (%d given)" % (
            who, "at most", npos,
            "" if npos == 1 else "s", nargs))
    out = []
    for i in range(nmax):
        name = names[i]
        if i < nargs:
            v = args[i]
        elif name in kw:
            v = kw[name]
        elif i < nreq:
            raise TypeError("%s missing required argument '%s' (pos %d)"
                            % (who, name, i + 1))
        else:
            out.append(_MISSING)
            continue
        if ints and name != 'tzinfo':
            v = _c_int(v)
        out.append(v)
    for k in kw:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s"
                            % (k, fname + "()" if fname else "this function"))
        i = names.index(k)
        if i < nargs:
            raise TypeError("argument for %s given by name ('%s') and position (%d)"
                            % (who, k, i + 1))
    return out


def _no_args(qualname, args, kw):
    if kw:
        raise TypeError("%s() takes no keyword arguments" % qualname)
    if args:
        raise TypeError("%s() takes no arguments (%d given)" % (qualname, len(args)))


def _qualname(owner, name):
    # How CPython names a C method in its messages: a class method by the
    # class it is called on, a method by the class defining it (a str).
    if isinstance(owner, type):
        owner = owner.__qualname__
    return "%s.%s" % (owner, name)


def _noargs(obj, name, args, kw):
    _no_args(_qualname(obj, name), args, kw)


def _one_arg(obj, name, args, kw):
    # The argument of a C method taking exactly one.
    if kw:
        raise TypeError("%s() takes no keyword arguments" % _qualname(obj, name))
    if len(args) != 1:
        raise TypeError("%s() takes exactly one argument (%d given)"
                        % (_qualname(obj, name), len(args)))
    return args[0]


def _exact_args(name, n, args, kw):
    # The arguments of a C function parsed by position alone.
    if kw:
        raise TypeError("%s() takes no keyword arguments" % name)
    if len(args) != n:
        raise TypeError("%s() takes exactly %d argument%s (%d given)"
                        % (name, n, "" if n == 1 else "s", len(args)))
    return args


def _tpname(cls):
    # The C type's tp_name for the module's classes, __name__ for others.
    return ('datetime.' + cls.__name__) if cls in _OWN else cls.__name__


def _readonly(msg):
    def refuse(self, value):
        raise AttributeError(msg)
    return refuse


def _field(slot, cls_name):
    # A read-only attribute reading a slot.
    get = {
        '_year': lambda self: self._year,
        '_month': lambda self: self._month,
        '_day': lambda self: self._day,
        '_hour': lambda self: self._hour,
        '_minute': lambda self: self._minute,
        '_second': lambda self: self._second,
        '_microsecond': lambda self: self._microsecond,
        '_tzinfo': lambda self: self._tzinfo,
        '_fold': lambda self: self._fold,
    }[slot]
    return property(get, _readonly("attribute '%s' of '%s' objects is not writable"
                                   % (slot[1:], cls_name)))

# ----- the calendar -----


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December')


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ordinal(y, m, d):
    # Day number of a date, 0001-01-01 being 1.
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _from_ordinal(n):
    # The date of a day number (inverse of _ordinal), through the
    # 400-, 100-, 4- and 1-year cycles of the Gregorian calendar.
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    y = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        # The last day of a leap cycle.
        return y - 1, 12, 31
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and leap else 0)
    if before > n:
        m -= 1
        before = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and leap else 0)
    return y, m, n - before + 1


def _iso_week1_monday(y):
    # Ordinal of the Monday of ISO week 1 of year y.
    jan1 = _ordinal(y, 1, 1)
    wd = (jan1 + 6) % 7
    monday = jan1 - wd
    if wd > 3:
        monday += 7
    return monday


def _check_date(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_days(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, mi, s, us, fold):
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)

# ----- timedelta -----


def _c_round(x):
    # C's round(): halves away from zero.
    if x < 0:
        return -_c_round(-x)
    r = _math.floor(x)
    if x - r >= 0.5:
        r += 1
    return r


def _nearest(a, b):
    # a / b rounded to the nearest int, halves to even.
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        up = twice > b or (twice == b and q & 1)
    else:
        up = twice < b or (twice == b and q & 1)
    return q + 1 if up else q


def _delta(cls, d, s, us):
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


def _delta_us(us, cls=None):
    # The timedelta of a number of microseconds, with CPython's range
    # checks.
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -_MAX_DAYS <= d <= _MAX_DAYS:
        if not -_INT_MAX - 1 <= d <= _INT_MAX:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    if cls is None or cls is timedelta:
        return _delta(timedelta, d, s, us)
    return _delta(cls, d, s, us)


def _us(td):
    return (td._days * 86400 + td._seconds) * 1000000 + td._microseconds


_DELTA_UNITS = (('days', 86400000000), ('seconds', 1000000), ('microseconds', 1),
                ('milliseconds', 1000), ('minutes', 60000000),
                ('hours', 3600000000), ('weeks', 604800000000))
_DELTA_NAMES = tuple(n for n, _ in _DELTA_UNITS)
# The order CPython adds the components in (it matters for floats).
_DELTA_ORDER = (2, 3, 1, 4, 5, 0, 6)


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kw):
        vals = _parse("__new__", _DELTA_NAMES, 0, 7, args, kw, False)
        total = 0
        left = 0.0
        for i in _DELTA_ORDER:
            v = vals[i]
            if v is _MISSING:
                continue
            name, factor = _DELTA_UNITS[i]
            if isinstance(v, int):
                total += int(v) * factor
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * factor
                if frac:
                    # Only the fraction goes through float arithmetic.
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if left:
            whole = _c_round(left)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((left + odd) * 0.5) - odd
            total += int(whole)
        return _delta_us(total, cls)

    days = property(lambda self: self._days, _readonly("readonly attribute"))
    seconds = property(lambda self: self._seconds, _readonly("readonly attribute"))
    microseconds = property(lambda self: self._microseconds,
                            _readonly("readonly attribute"))

    def total_seconds(self, *args, **kw):
        """Total seconds in the duration."""
        if args or kw:
            _no_args("timedelta.total_seconds", args, kw)
        return _us(self) / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tpname(type(self)), ", ".join(parts) or "0")

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        text = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        d = self._days
        if d:
            text = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(_us(self) + _us(other))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(_us(self) - _us(other))
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(_us(other) - _us(self))
        return NotImplemented

    def __neg__(self):
        return _delta_us(-_us(self))

    def __pos__(self):
        return _delta(timedelta, self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return self.__neg__()
        return self.__pos__()

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_us(_us(self) * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_us(_nearest(_us(self) * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return _us(self) // _us(other)
        if isinstance(other, int):
            return _delta_us(_us(self) // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _us(self) / _us(other)
        if isinstance(other, int):
            return _delta_us(_nearest(_us(self), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_us(_nearest(_us(self) * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(_us(self) % _us(other))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(_us(self), _us(other))
            return q, _delta_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("timedelta.__reduce__", args, kw)
        return (type(self), self._key())

    def __reduce_ex__(self, *args, **kw):
        _one_arg("timedelta", "__reduce_ex__", args, kw)
        return self.__reduce__()


timedelta.min = _delta(timedelta, -_MAX_DAYS, 0, 0)
timedelta.max = _delta(timedelta, _MAX_DAYS, 86399, 999999)
timedelta.resolution = _delta(timedelta, 0, 0, 1)

# ----- date -----


def _new_date(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _make_date(cls, y, m, d):
    # A date of class cls from a class method or an operator: CPython
    # calls a subclass, and builds its own type directly.
    if cls is date:
        _check_date(y, m, d)
        return _new_date(date, y, m, d)
    return cls(y, m, d)


def _ord_date(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
    y, m, d = _from_ordinal(n)
    return _make_date(cls, y, m, d)


def _timestamp_arg(t, half_even):
    # Seconds and microseconds of a timestamp, as CPython's
    # _PyTime_ObjectToTimeval (half_even) or _PyTime_ObjectToTime_t
    # (floor).
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        if half_even:
            us = round(frac * 1e6)
            if us >= 1000000:
                us -= 1000000
                whole += 1.0
            elif us < 0:
                us += 1000000
                whole -= 1.0
        else:
            us = 0
            whole = _math.floor(t)
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(us)
    t = _index(t)
    if not -_LONG_MAX - 1 <= t <= _LONG_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _local(u):
    # Local wall time of u (seconds on the 0001-01-01 scale) on the same
    # scale.
    tm = _time.localtime(u - _EPOCH_SECONDS)
    if not MINYEAR <= tm[0] <= MAXYEAR:
        raise ValueError("year %d is out of range" % tm[0])
    return (_ordinal(tm[0], tm[1], tm[2]) * 86400 + tm[3] * 3600 + tm[4] * 60
            + min(tm[5], 59))


def _local_to_utc(t, fold):
    # The UTC seconds whose local wall time is t (both on the 0001-01-01
    # scale). Where the wall time repeats, fold picks the later; in a gap,
    # the offsets in force before (fold=0) or after (fold=1) apply.
    off1 = _local(t) - t
    u1 = t - off1
    ok1 = _local(u1) == t
    if ok1:
        # Another offset may also solve it, a day earlier or later.
        probe = u1 + 86400 if fold else u1 - 86400
        off2 = _local(probe) - probe
        if off2 == off1:
            return u1
    else:
        off2 = _local(u1) - u1
    u2 = t - off2
    if _local(u2) == t:
        return u2
    if ok1:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone(ts):
    tm = _time.localtime(ts)
    return timezone(_delta_us(tm.tm_gmtoff * 1000000), tm.tm_zone)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kw):
        y, m, d = _parse(None, ('year', 'month', 'day'), 3, 3, args, kw)
        _check_date(y, m, d)
        return _new_date(cls, y, m, d)

    year = _field('_year', 'datetime.date')
    month = _field('_month', 'datetime.date')
    day = _field('_day', 'datetime.date')

    @classmethod
    def today(cls, *args, **kw):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        if args or kw:
            _noargs(cls, "today", args, kw)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, *args, **kw):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        t = _one_arg(cls, "fromtimestamp", args, kw)
        secs, _ = _timestamp_arg(t, False)
        tm = _time.localtime(secs)
        return _make_date(cls, tm[0], tm[1], tm[2])

    @classmethod
    def fromordinal(cls, *args, **kw):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        (n,) = _exact_args("fromordinal", 1, args, kw)
        return _ord_date(cls, _c_int(n))

    @classmethod
    def fromisoformat(cls, *args, **kw):
        """str -> Construct a date from a string in ISO 8601 format."""
        s = _one_arg(cls, "fromisoformat", args, kw)
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _iso_date(s) if len(s) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return _make_date(cls, *ymd)

    @classmethod
    def fromisocalendar(cls, *args, **kw):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year, week, day = _parse("fromisocalendar", ('year', 'week', 'day'), 3, 3,
                                 args, kw)
        y, m, d = _from_iso(year, week, day)
        return _make_date(cls, y, m, d)

    def replace(self, *args, **kw):
        """Return date with new specified fields."""
        y, m, d = _parse("replace", ('year', 'month', 'day'), 0, 3, args, kw)
        y = self._year if y is _MISSING else y
        m = self._month if m is _MISSING else m
        d = self._day if d is _MISSING else d
        _check_date(y, m, d)
        return _new_date(type(self), y, m, d)

    def toordinal(self, *args, **kw):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        if args or kw:
            _no_args("date.toordinal", args, kw)
        return _ordinal(self._year, self._month, self._day)

    def weekday(self, *args, **kw):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        if args or kw:
            _no_args("date.weekday", args, kw)
        return (_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self, *args, **kw):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        if args or kw:
            _no_args("date.isoweekday", args, kw)
        return (_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self, *args, **kw):
        """Return a named tuple containing ISO year, week number, and weekday."""
        if args or kw:
            _no_args("date.isocalendar", args, kw)
        n = _ordinal(self._year, self._month, self._day)
        y = self._year
        start = _iso_week1_monday(y)
        if n < start:
            y -= 1
            start = _iso_week1_monday(y)
        elif n >= _iso_week1_monday(y + 1):
            y += 1
            start = _iso_week1_monday(y)
        week, wd = divmod(n - start, 7)
        return _IsoCalendarDate(y, week + 1, wd + 1)

    def isoformat(self, *args, **kw):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        if args or kw:
            _no_args("date.isoformat", args, kw)
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        # Through the method, as C's date_str: a subclass's isoformat counts.
        return self.isoformat()

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(type(self)), self._year, self._month,
                                   self._day)

    def ctime(self, *args, **kw):
        """Return ctime() style string."""
        if args or kw:
            _no_args("date.ctime", args, kw)
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def timetuple(self, *args, **kw):
        """Return time tuple, compatible with time.localtime()."""
        if args or kw:
            _no_args("date.timetuple", args, kw)
        return _tuple(self._year, self._month, self._day, 0, 0, 0, -1)

    def strftime(self, *args, **kw):
        """format -> strftime() style string."""
        (fmt,) = _parse("strftime", ('format',), 1, 1, args, kw, False)
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _strftime(fmt, self.timetuple(), 0, None)

    def __format__(self, *args, **kw):
        (fmt,) = _exact_args("__format__", 1, args, kw)
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def _cmp_ok(self, other):
        # Comparable with a date; a datetime answers for itself.
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._cmp_ok(other):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __ne__(self, other):
        if self._cmp_ok(other):
            return self._dkey() != other._dkey()
        return NotImplemented

    def __lt__(self, other):
        if self._cmp_ok(other):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if self._cmp_ok(other):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_ok(other):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_ok(other):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ordinal(self._year, self._month, self._day) + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            return _make_date(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + _delta(timedelta, -other._days, 0, 0)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("date.__reduce__", args, kw)
        return (type(self), self._dkey())

    def __reduce_ex__(self, *args, **kw):
        _one_arg("date", "__reduce_ex__", args, kw)
        return self.__reduce__()


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _delta(timedelta, 1, 0, 0)


def _from_iso(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists when the year starts on a Thursday, or on a
        # Wednesday in a leap year.
        first = (_ordinal(year, 1, 1) + 6) % 7
        if not (week == 53 and (first == 3 or (first == 2 and _leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    y, m, d = _from_ordinal(n)
    if y > MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return y, m, d


def _ctime(y, m, d, hh, mm, ss):
    wd = (_ordinal(y, m, d) + 6) % 7
    return "%s %s %2d %02d:%02d:%02d %04d" % (
        _DAY_NAMES[wd][:3], _MONTH_NAMES[m][:3], d, hh, mm, ss, y)


def _tuple(y, m, d, hh, mm, ss, dst):
    n = _ordinal(y, m, d)
    return _time.struct_time((y, m, d, hh, mm, ss, (n + 6) % 7,
                              n - _ordinal(y, 1, 1) + 1, dst))


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _tpname(type(self)), self[0], self[1], self[2])

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("IsoCalendarDate.__reduce__", args, kw)
        return (tuple, (tuple(self),))

# ----- tzinfo and timezone -----


class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, *args, **kw):
        """datetime -> string name of time zone."""
        _one_arg("tzinfo", "tzname", args, kw)
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, *args, **kw):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        _one_arg("tzinfo", "utcoffset", args, kw)
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, *args, **kw):
        """datetime -> DST offset as timedelta positive east of UTC."""
        _one_arg("tzinfo", "dst", args, kw)
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, *args, **kw):
        """datetime in UTC -> datetime in local time."""
        dt = _one_arg("tzinfo", "fromutc", args, kw)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _checked_offset(self, "utcoffset", dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _checked_offset(self, "dst", dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        shift = off - dst
        if shift:
            dt = dt + shift
            dst = _checked_offset(self, "dst", dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("tzinfo.__reduce__", args, kw)
        args = getattr(self, "__getinitargs__", None)
        args = args() if args is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)

    def __reduce_ex__(self, *args, **kw):
        _one_arg("tzinfo", "__reduce_ex__", args, kw)
        return self.__reduce__()


def _check_offset_range(off, plain):
    if off._days < -1 or off._days >= 1 or (
            off._days == -1 and off._seconds == 0 and off._microseconds < 1):
        if plain:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24).")
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r."
                         % (off,))


def _checked_offset(tz, name, arg):
    # tz.utcoffset(arg) or tz.dst(arg), checked as CPython does.
    if tz is None:
        return None
    off = getattr(tz, name)(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    _check_offset_range(off, True)
    return off


def _checked_name(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _format_offset(off, sep):
    if off is None:
        return ""
    sign = '+'
    if off._days < 0:
        sign = '-'
        off = -off
    us = off._microseconds
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


def _new_timezone(off, name):
    if name is None and not off:
        return _UTC
    _check_offset_range(off, False)
    self = object.__new__(timezone)
    self._offset = off
    self._name = name
    return self


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kw):
        off, name = _parse("timezone", ('offset', 'name'), 1, 2, args, kw, False)
        if not isinstance(off, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(off).__name__)
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        return _new_timezone(off, name)

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, *args, **kw):
        """Return fixed offset."""
        dt = _one_arg("timezone", "utcoffset", args, kw)
        self._check_arg(dt, "utcoffset")
        return self._offset

    def dst(self, *args, **kw):
        """Return None."""
        dt = _one_arg("timezone", "dst", args, kw)
        self._check_arg(dt, "dst")
        return None

    def tzname(self, *args, **kw):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        dt = _one_arg("timezone", "tzname", args, kw)
        self._check_arg(dt, "tzname")
        return self._tzname()

    def _tzname(self):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ':')

    def fromutc(self, *args, **kw):
        """datetime in UTC -> datetime in local time."""
        dt = _one_arg("timezone", "fromutc", args, kw)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self._tzname()

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tpname(type(self)), self._offset)
        return "%s(%r, %r)" % (_tpname(type(self)), self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self, *args, **kw):
        """pickle support"""
        if args or kw:
            _no_args("timezone.__getinitargs__", args, kw)
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("timezone.__reduce__", args, kw)
        return (type(self), self.__getinitargs__(), None)

    def __reduce_ex__(self, *args, **kw):
        _one_arg("timezone", "__reduce_ex__", args, kw)
        return self.__reduce__()


_UTC = object.__new__(timezone)
_UTC._offset = _delta(timedelta, 0, 0, 0)
_UTC._name = None
timezone.utc = _UTC
timezone.min = _new_timezone(_delta_us(-(23 * 60 + 59) * 60000000), None)
timezone.max = _new_timezone(_delta_us((23 * 60 + 59) * 60000000), None)
UTC = _UTC

# ----- time -----

_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_TIMESPECS = ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return "%02d" % hh
    if timespec == 'minutes':
        return "%02d:%02d" % (hh, mm)
    if timespec == 'seconds':
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == 'milliseconds':
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _time_repr_args(hh, mm, ss, us):
    if us:
        return "%d, %d, %d, %d" % (hh, mm, ss, us)
    if ss:
        return "%d, %d, %d" % (hh, mm, ss)
    return "%d, %d" % (hh, mm)


def _new_time(cls, hh, mm, ss, us, tz, fold):
    self = object.__new__(cls)
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, *args, **kw):
        hh, mm, ss, us, tz, fold = _parse(None, _TIME_NAMES, 0, 5, args, kw)
        hh, mm, ss, us, fold = [0 if v is _MISSING else v
                                for v in (hh, mm, ss, us, fold)]
        tz = None if tz is _MISSING else tz
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _new_time(cls, hh, mm, ss, us, tz, fold)

    hour = _field('_hour', 'datetime.time')
    minute = _field('_minute', 'datetime.time')
    second = _field('_second', 'datetime.time')
    microsecond = _field('_microsecond', 'datetime.time')
    tzinfo = _field('_tzinfo', 'datetime.time')
    fold = _field('_fold', 'datetime.time')

    @classmethod
    def fromisoformat(cls, *args, **kw):
        """string -> time from a string in ISO 8601 format"""
        s = _one_arg(cls, "fromisoformat", args, kw)
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        text = s[1:] if s[:1] == 'T' else s
        parts = _iso_time(text)
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        hh, mm, ss, us, tz = parts
        if cls is time:
            _check_time(hh, mm, ss, us, 0)
            return _new_time(time, hh, mm, ss, us, tz, 0)
        return cls(hh, mm, ss, us, tz)

    def replace(self, *args, **kw):
        """Return time with new specified fields."""
        vals = _parse("replace", _TIME_NAMES, 0, 5, args, kw)
        cur = (self._hour, self._minute, self._second, self._microsecond,
               self._tzinfo, self._fold)
        hh, mm, ss, us, tz, fold = [c if v is _MISSING else v
                                    for v, c in zip(vals, cur)]
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _new_time(type(self), hh, mm, ss, us, tz, fold)

    def utcoffset(self, *args, **kw):
        """Return self.tzinfo.utcoffset(self)."""
        if args or kw:
            _no_args("time.utcoffset", args, kw)
        return _checked_offset(self._tzinfo, "utcoffset", None)

    def dst(self, *args, **kw):
        """Return self.tzinfo.dst(self)."""
        if args or kw:
            _no_args("time.dst", args, kw)
        return _checked_offset(self._tzinfo, "dst", None)

    def tzname(self, *args, **kw):
        """Return self.tzinfo.tzname(self)."""
        if args or kw:
            _no_args("time.tzname", args, kw)
        return _checked_name(self._tzinfo, None)

    def isoformat(self, *args, **kw):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        (spec,) = _parse("isoformat", ('timespec',), 0, 1, args, kw, False)
        spec = 'auto' if spec is _MISSING else spec
        if not isinstance(spec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % type(spec).__name__)
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, spec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        text = "%s(%s)" % (_tpname(type(self)), _time_repr_args(
            self._hour, self._minute, self._second, self._microsecond))
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def strftime(self, *args, **kw):
        """format -> strftime() style string."""
        (fmt,) = _parse("strftime", ('format',), 1, 1, args, kw, False)
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _strftime(fmt, tt, self._microsecond, self)

    def __format__(self, *args, **kw):
        (fmt,) = _exact_args("__format__", 1, args, kw)
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        a = self._tkey()
        b = other._tkey()
        if self._tzinfo is not other._tzinfo:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError("can't compare offset-naive and offset-aware times")
            if o1 is not None and o1 != o2:
                a = (a[0] * 3600 + a[1] * 60 + a[2] - o1._days * 86400 - o1._seconds,
                     a[3] - o1._microseconds)
                b = (b[0] * 3600 + b[1] * 60 + b[2] - o2._days * 86400 - o2._seconds,
                     b[3] - o2._microseconds)
        return _order(a, b, op)

    def __lt__(self, other):
        return self._compare(other, 0)

    def __le__(self, other):
        return self._compare(other, 1)

    def __eq__(self, other):
        return self._compare(other, 2)

    def __ne__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            if self._fold:
                t = self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(self._tkey())
            else:
                secs = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(_delta_us(secs * 1000000 + self._microsecond)
                                      - off)
        return self._hashcode

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("time.__reduce__", args, kw)
        return (type(self), self._tkey() + (self._tzinfo,))

    def __reduce_ex__(self, *args, **kw):
        _exact_args("__reduce_ex__", 1, args, kw)
        return self.__reduce__()


def _order(a, b, op):
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _delta(timedelta, 0, 0, 1)

# ----- datetime -----

_DATETIME_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second',
                   'microsecond', 'tzinfo', 'fold')


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _make_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    # As _make_date: a subclass is called (fold as a keyword when set).
    if cls is datetime:
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        return _new_datetime(datetime, y, m, d, hh, mm, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _from_timestamp(cls, t, tz, utc):
    secs, us = _timestamp_arg(t, True)
    if utc or tz is not None:
        days, rest = divmod(secs, 86400)
        n = days + 719163
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % _time.gmtime(secs)[0])
        y, m, d = _from_ordinal(n)
        hh, rest = divmod(rest, 3600)
        mm, ss = divmod(rest, 60)
        fold = 0
    else:
        tm = _time.localtime(secs)
        y, m, d, hh, mm, ss = tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        # The wall time is the later of two if it was also shown a
        # little earlier (a day back at most).
        wall = _ordinal(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss
        fold = 0
        u = secs + _EPOCH_SECONDS
        back = wall - _local(u - 86400) - 86400
        if back < 0 and _local(u + back) == wall:
            fold = 1
    if tz is not None:
        return tz.fromutc(_make_datetime(cls, y, m, d, hh, mm, ss, us, tz))
    return _make_datetime(cls, y, m, d, hh, mm, ss, us, None, fold)


_COMPARISONS = (time.__lt__, time.__le__, time.__eq__,
                time.__ne__, time.__gt__, time.__ge__)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kw):
        y, m, d, hh, mm, ss, us, tz, fold = _parse(None, _DATETIME_NAMES, 3, 8,
                                                    args, kw)
        hh, mm, ss, us, fold = [0 if v is _MISSING else v
                                for v in (hh, mm, ss, us, fold)]
        tz = None if tz is _MISSING else tz
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)

    year = _field('_year', 'datetime.date')
    month = _field('_month', 'datetime.date')
    day = _field('_day', 'datetime.date')
    hour = _field('_hour', 'datetime.datetime')
    minute = _field('_minute', 'datetime.datetime')
    second = _field('_second', 'datetime.datetime')
    microsecond = _field('_microsecond', 'datetime.datetime')
    tzinfo = _field('_tzinfo', 'datetime.datetime')
    fold = _field('_fold', 'datetime.datetime')

    @classmethod
    def now(cls, *args, **kw):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        (tz,) = _parse("now", ('tz',), 0, 1, args, kw, False)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        return _from_timestamp(cls, _time.time(), tz, False)

    @classmethod
    def utcnow(cls, *args, **kw):
        """Return a new datetime representing UTC day and time."""
        if args or kw:
            _noargs(cls, "utcnow", args, kw)
        return _from_timestamp(cls, _time.time(), None, True)

    @classmethod
    def fromtimestamp(cls, *args, **kw):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        t, tz = _parse("fromtimestamp", ('timestamp', 'tz'), 1, 2, args, kw, False)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        return _from_timestamp(cls, t, tz, False)

    @classmethod
    def utcfromtimestamp(cls, *args, **kw):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        (t,) = _exact_args("utcfromtimestamp", 1, args, kw)
        return _from_timestamp(cls, t, None, True)

    @classmethod
    def combine(cls, *args, **kw):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _parse("combine", ('date', 'time', 'tzinfo'), 0, 3, args, kw, False)
        # Each argument is checked as it is reached, as C's parser does.
        if d is _MISSING:
            raise TypeError("combine() missing required argument 'date' (pos 1)")
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(d).__name__)
        if t is _MISSING:
            raise TypeError("combine() missing required argument 'time' (pos 2)")
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(t).__name__)
        if tz is _MISSING:
            tz = t._tzinfo
        return _make_datetime(cls, d._year, d._month, d._day, t._hour, t._minute,
                              t._second, t._microsecond, tz, t._fold)

    @classmethod
    def fromisoformat(cls, *args, **kw):
        """string -> datetime from a string in most ISO 8601 formats"""
        s = _one_arg(cls, "fromisoformat", args, kw)
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parts = _iso_datetime(s)
        if parts is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return _make_datetime(cls, *parts)

    @classmethod
    def strptime(cls, *args, **kw):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        text, fmt = _exact_args("strptime", 2, args, kw)
        for what, v in (("1", text), ("2", fmt)):
            if not isinstance(v, str):
                raise TypeError("strptime() argument %s must be str, not %s"
                                % (what, type(v).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, text, fmt)

    def date(self, *args, **kw):
        """Return date object with same year, month and day."""
        if args or kw:
            _no_args("datetime.date", args, kw)
        return _new_date(date, self._year, self._month, self._day)

    def time(self, *args, **kw):
        """Return time object with same time but with tzinfo=None."""
        if args or kw:
            _no_args("datetime.time", args, kw)
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self, *args, **kw):
        """Return time object with same time and tzinfo."""
        if args or kw:
            _no_args("datetime.timetz", args, kw)
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, *args, **kw):
        """Return datetime with new specified fields."""
        vals = _parse("replace", _DATETIME_NAMES, 0, 8, args, kw)
        cur = (self._year, self._month, self._day, self._hour, self._minute,
               self._second, self._microsecond, self._tzinfo, self._fold)
        y, m, d, hh, mm, ss, us, tz, fold = [c if v is _MISSING else v
                                             for v, c in zip(vals, cur)]
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, us, tz, fold)

    def utcoffset(self, *args, **kw):
        """Return self.tzinfo.utcoffset(self)."""
        if args or kw:
            _no_args("datetime.utcoffset", args, kw)
        return _checked_offset(self._tzinfo, "utcoffset", self)

    def dst(self, *args, **kw):
        """Return self.tzinfo.dst(self)."""
        if args or kw:
            _no_args("datetime.dst", args, kw)
        return _checked_offset(self._tzinfo, "dst", self)

    def tzname(self, *args, **kw):
        """Return self.tzinfo.tzname(self)."""
        if args or kw:
            _no_args("datetime.tzname", args, kw)
        return _checked_name(self._tzinfo, self)

    def _wall(self):
        return (_ordinal(self._year, self._month, self._day) * 86400
                + self._hour * 3600 + self._minute * 60 + self._second)

    def timestamp(self, *args, **kw):
        """Return POSIX timestamp as float."""
        if args or kw:
            _no_args("datetime.timestamp", args, kw)
        if self._tzinfo is None or self.utcoffset() is None:
            secs = _local_to_utc(self._wall(), self._fold)
            return float(secs - _EPOCH_SECONDS) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, *args, **kw):
        """tz -> convert to local time in new timezone tz"""
        (tz,) = _parse("astimezone", ('tz',), 0, 1, args, kw, False)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        if tz is not None and self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            local = _local_timezone(_local_to_utc(self._wall(), self._fold)
                                    - _EPOCH_SECONDS)
            off = local.utcoffset(self)
        utc = (self - off).replace(tzinfo=_UTC)
        if tz is None:
            tz = _local_timezone((utc - _EPOCH) // _SECOND)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self, *args, **kw):
        """Return ctime() style string."""
        if args or kw:
            _no_args("datetime.ctime", args, kw)
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def timetuple(self, *args, **kw):
        """Return time tuple, compatible with time.localtime()."""
        if args or kw:
            _no_args("datetime.timetuple", args, kw)
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _tuple(self._year, self._month, self._day, self._hour,
                      self._minute, self._second, flag)

    def utctimetuple(self, *args, **kw):
        """Return UTC time tuple, compatible with time.localtime()."""
        if args or kw:
            _no_args("datetime.utctimetuple", args, kw)
        off = self.utcoffset()
        t = self if off is None else self - off
        return _tuple(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def isoformat(self, *args, **kw):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        sep, spec = _parse("isoformat", ('sep', 'timespec'), 0, 2, args, kw, False)
        sep = 'T' if sep is _MISSING else sep
        spec = 'auto' if spec is _MISSING else spec
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        if not isinstance(spec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % type(spec).__name__)
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second,
                             self._microsecond, spec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        text = "%s(%d, %d, %d, %s)" % (
            _tpname(type(self)), self._year, self._month, self._day,
            _time_repr_args(self._hour, self._minute, self._second,
                            self._microsecond))
        if self._fold:
            text = text[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return text

    def strftime(self, *args, **kw):
        """format -> strftime() style string."""
        (fmt,) = _parse("strftime", ('format',), 1, 1, args, kw, False)
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _strftime(fmt, self.timetuple(), self._microsecond, self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _flip_offset(self):
        return self.replace(fold=1 - self._fold).utcoffset()

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError("can't compare %s to %s" % (
                    _tpname(type(self)), _tpname(type(other))))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _order(self._key(), other._key(), op)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        if (o1 is None) != (o2 is None):
            if op == 2:
                return False
            if op == 3:
                return True
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if o1 is None or o1 == o2:
            a = self._key()
            b = other._key()
        else:
            a = _us(self - other)
            b = 0
        if (op == 2 or op == 3) and a == b and o1 is not None:
            # A time whose offset depends on fold equals nothing (PEP 495).
            if self._flip_offset() != o1 or other._flip_offset() != o2:
                return op == 3
        return _order(a, b, op)

    # The same six methods as time's: each asks this class's _compare.
    __lt__, __le__, __eq__, __ne__, __gt__, __ge__ = _COMPARISONS

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            if self._fold:
                t = self.replace(fold=0)
            off = t.utcoffset()
            secs = self._hour * 3600 + self._minute * 60 + self._second
            n = _ordinal(self._year, self._month, self._day)
            td = _delta_us(n * _US_PER_DAY + secs * 1000000 + self._microsecond)
            if off is None:
                self._hashcode = hash(self._key())
            else:
                self._hashcode = hash(td - off)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = (self._wall() * 1000000 + self._microsecond + _us(other))
            secs, us = divmod(total, 1000000)
            n, secs = divmod(secs, 86400)
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            hh, secs = divmod(secs, 3600)
            mm, ss = divmod(secs, 60)
            return _make_datetime(type(self), y, m, d, hh, mm, ss, us,
                                  self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a = self._wall() * 1000000 + self._microsecond
            b = other._wall() * 1000000 + other._microsecond
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if o1 is not None:
                    a -= _us(o1)
                    b -= _us(o2)
            return _delta_us(a - b)
        return NotImplemented

    def __reduce__(self, *args, **kw):
        if args or kw:
            _no_args("datetime.__reduce__", args, kw)
        return (type(self), self._key() + (self._tzinfo,))

    def __reduce_ex__(self, *args, **kw):
        _exact_args("__reduce_ex__", 1, args, kw)
        return self.__reduce__()


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _delta(timedelta, 0, 0, 1)
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_SECOND = _delta(timedelta, 0, 1, 0)

# Its name, not exported (as CPython's).
_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
_OWN = (date, datetime, time, timedelta, tzinfo, timezone, _IsoCalendarDate)
for _cls in _OWN:
    _set_type_name(_cls, 'datetime.' + _cls.__name__)
    _cls.__module__ = 'datetime'
del _cls

# ----- ISO 8601 parsing (fromisoformat) -----


def _digits(s, i, n):
    # The int of the n digits at s[i:], or None.
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _iso_date(s):
    # (year, month, day) of a whole date string in one of the forms
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None if it is none.
    y = _digits(s, 0, 4)
    if y is None:
        return None
    dash = s[4:5] == '-'
    i = 5 if dash else 4
    if s[i:i + 1] == 'W':
        w = _digits(s, i + 1, 2)
        if w is None:
            return None
        j = i + 3
        wd = 1
        if j < len(s):
            if dash:
                if s[j] != '-':
                    return None
                j += 1
            wd = _digits(s, j, 1)
            if wd is None or j + 1 != len(s):
                return None
        elif dash and len(s) != 8 or not dash and len(s) != 7:
            return None
        try:
            return _from_iso(y, w, wd)
        except ValueError as e:
            # Only the range of the resulting date is reported as such.
            if str(e).startswith('year'):
                raise
            return None
    m = _digits(s, i, 2)
    if m is None:
        return None
    i += 2
    if dash:
        if s[i:i + 1] != '-':
            return None
        i += 1
    d = _digits(s, i, 2)
    if d is None or i + 2 != len(s):
        return None
    return y, m, d


def _date_length(s):
    # How long the date part of a datetime string is (-1: too short).
    # Week dates are ambiguous when a digit separates the time; CPython's
    # choices are followed.
    if len(s) < 7:
        return -1
    if len(s) == 7:
        return 7
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if len(s) > 8 and s[8] == '-':
            if len(s) == 9:
                return -1
            if len(s) > 10 and s[10].isdigit():
                return 8
            return 10
        return 8
    if s[4] == 'W':
        end = 7
        while end < len(s) and s[end].isdigit():
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _hms(s):
    # (hour, minute, second, microsecond) of HH[:MM[:SS[.f...]]] or its
    # form without colons; None if malformed. Past the seconds, a
    # fraction follows '.', ',' or (as CPython reads it) ':' or nothing
    # in the basic form.
    colons = s[2:3] == ':'
    parts = []
    i = 0
    frac = None
    while True:
        v = _digits(s, i, 2)
        if v is None:
            return None
        parts.append(v)
        i += 2
        if i >= len(s):
            break
        c = s[i]
        if len(parts) == 3:
            if c in '.,' or (colons and c == ':'):
                frac = s[i + 1:]
            elif not colons:
                frac = s[i:]
            else:
                return None
            break
        if colons:
            if c != ':':
                return None
            i += 1
    us = 0
    if frac is not None:
        if not frac or not frac.isdigit() or not frac.isascii():
            return None
        us = int((frac[:6] + '00000')[:6])
    while len(parts) < 3:
        parts.append(0)
    return parts[0], parts[1], parts[2], us


def _iso_time(s):
    # (hour, minute, second, microsecond, tzinfo) of a time string, or
    # None.
    cut = len(s)
    for k, ch in enumerate(s):
        if ch in '+-Z':
            cut = k
            break
    body, zone = s[:cut], s[cut:]
    if (zone and len(body) in (3, 5, 6, 7, 9) and not body[-1].isdigit()
            and not (body[-1] == ':' and body[2:3] == ':')):
        # CPython passes over one character between a whole time and its
        # zone.
        body = body[:-1]
    parts = _hms(body)
    if parts is None:
        return None
    tz = None
    if zone:
        if zone[0] == 'Z':
            if zone != 'Z':
                return None
            tz = _UTC
        else:
            off = _hms(zone[1:])
            if off is None:
                return None
            hh, mm, ss, us = off
            total = ((hh * 60 + mm) * 60 + ss) * 1000000 + us
            tz = _new_timezone(_delta_us(-total if zone[0] == '-' else total), None)
    return parts + (tz,)


def _iso_datetime(s):
    n = _date_length(s)
    if n < 0:
        return None
    ymd = _iso_date(s[:n])
    if ymd is None:
        return None
    rest = s[n + 1:]
    if len(s) > n:
        if not rest:
            return None
        parts = _iso_time(rest)
        if parts is None:
            return None
    else:
        parts = (0, 0, 0, 0, None)
    return ymd + parts

# ----- strftime -----


def _strftime(fmt, tt, us, obj):
    # CPython's wrapper: %f, %z and %Z are answered by the object (a %
    # in a zone's name doubled), the rest by time.strftime.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        c = fmt[j + 1]
        i = j + 2
        if c == 'f':
            out.append("%06d" % us)
        elif c == 'z':
            if obj is not None and obj._tzinfo is not None:
                out.append(_format_offset(obj.utcoffset(), ''))
        elif c == 'Z':
            if obj is not None and obj._tzinfo is not None:
                name = obj.tzname()
                if name is not None:
                    out.append(name.replace('%', '%%'))
        else:
            out.append(fmt[j:i])
    return _time.strftime(''.join(out), tt)
