"""Strptime-related classes and functions."""

# pyview's _strptime, behind datetime.strptime as CPython's is (so that an
# uncaught error shows frames of this file named as CPython's): the format
# becomes the regular expression CPython's _strptime builds for the C
# locale, and the directives matched are read in the order of the format.
# `_strptime_time` is time.strptime's, as in CPython. Not here: other
# locales.

import re as _re
import time as _time
from _datetime import (timedelta, timezone, _DAY_NAMES, _MONTH_NAMES, _delta,
                       _delta_us, _from_ordinal, _leap, _ordinal)


# The regular expression of each strptime directive: the same text as
# CPython's _strptime builds (a repeated directive then fails to compile
# with the same re.error, at the same position).
_STRPTIME_RE = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
    '%': "%",
}


def _names_re(key, names):
    # Longest first, so that a prefix does not win.
    alts = sorted(names, key=len, reverse=True)
    return "(?P<%s>%s)" % (key, "|".join(_re.escape(n) for n in alts))


def _directive_re(c):
    if c in _STRPTIME_RE:
        return _STRPTIME_RE[c]
    if c == 'a':
        return _names_re('a', [n[:3].lower() for n in _DAY_NAMES])
    if c == 'A':
        return _names_re('A', [n.lower() for n in _DAY_NAMES])
    if c == 'b':
        return _names_re('b', [n[:3].lower() for n in _MONTH_NAMES[1:]])
    if c == 'B':
        return _names_re('B', [n.lower() for n in _MONTH_NAMES[1:]])
    if c == 'p':
        return _names_re('p', ['am', 'pm'])
    if c == 'Z':
        names = ['utc', 'gmt', _time.tzname[0].lower()]
        if _time.daylight:
            names.append(_time.tzname[1].lower())
        return _names_re('Z', list(dict.fromkeys(names)))
    if c == 'c':
        return _strptime_pattern('%a %b %d %H:%M:%S %Y')
    if c == 'x':
        return _strptime_pattern('%m/%d/%y')
    if c == 'X':
        return _strptime_pattern('%H:%M:%S')
    raise KeyError(c)


def _strptime_pattern(fmt):
    # The format's regular expression: its literal text with the regex
    # specials escaped and each run of whitespace as \s+, its directives
    # replaced by theirs.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise IndexError(fmt)
            out.append(_directive_re(fmt[i + 1]))
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append("\\" + ch if ch in "\\.^$*+?(){}[]|" else ch)
            i += 1
    return ''.join(out)


#@line 309
def _strptime(data_string, format, struct=False):
    # The fields of a datetime read from text by fmt; with struct, those of
    # a struct_time (the weekday, the day of the year, the zone). The lines
    # a traceback shows from here are at CPython's line numbers.
    #@line 314
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    text, fmt = data_string, format
    try:
        pattern = _strptime_pattern(fmt)
    except KeyError as e:
        bad = e.args[0]
        #@line 341
        raise ValueError("'%s' is a bad directive in format '%s'" %
                         ('%' if bad == '\\' else bad, fmt)) from None
    except IndexError:
        #@line 345
        raise ValueError("stray %% in format '%s'" % format) from None
    found = _re.compile(pattern, _re.IGNORECASE).match(text)
    if found is None:
        #@line 349
        raise ValueError("time data %r does not match format %r" %
                         (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" %
                          data_string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hh = mm = ss = us = 0
    tz = None
    weekday = julian = None
    week_no = None
    week_sunday = False
    iso_year = iso_week = None
    gmtoff = None
    # Each directive in the order of the format: a later one overrides.
    for key, v in g.items():
        if v is None:
            continue
        if key == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(v)
        elif key == 'G':
            iso_year = int(v)
        elif key == 'm':
            month = int(v)
        elif key == 'B':
            month = [n.lower() for n in _MONTH_NAMES].index(v.lower())
        elif key == 'b':
            month = [n[:3].lower() for n in _MONTH_NAMES].index(v.lower())
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hh = int(v)
        elif key == 'I':
            hh = int(v)
            ampm = (g.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hh == 12:
                    hh = 0
            elif hh != 12:
                hh += 12
        elif key == 'M':
            mm = int(v)
        elif key == 'S':
            ss = int(v)
        elif key == 'f':
            us = int((v + '00000')[:6])
        elif key == 'A':
            weekday = [n.lower() for n in _DAY_NAMES].index(v.lower())
        elif key == 'a':
            weekday = [n[:3].lower() for n in _DAY_NAMES].index(v.lower())
        elif key == 'w':
            weekday = (int(v) + 6) % 7
        elif key == 'u':
            weekday = int(v) - 1
        elif key == 'j':
            julian = int(v)
        elif key == 'U' or key == 'W':
            week_no = int(v)
            week_sunday = key == 'U'
        elif key == 'V':
            iso_week = int(v)
        elif key == 'z':
            if v == 'Z' or v == 'z':
                off = _delta(timedelta, 0, 0, 0)
                gmtoff = 0
            else:
                body = v[1:].replace(':', '')
                secs = int(body[0:2]) * 3600 + int(body[2:4]) * 60
                frac = 0
                if len(body) > 4:
                    secs += int(body[4:6])
                    if len(body) > 7:
                        frac = int((body[7:] + '00000')[:6])
                if v[0] == '-':
                    secs = -secs
                    frac = -frac
                off = _delta_us(secs * 1000000 + frac)
                gmtoff = secs
            name = g.get('Z')
            tz = timezone(off, name) if name else timezone(off)
    days = ("('%A', '%a', '%w', or '%u')")
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO "
                             "week directive '%V' and a weekday directive " + days + ".")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif week_no is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO "
                             "year directive '%G' and a weekday directive " + days + ".")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    # The fields, finished by _finish for a struct_time or a datetime (the
    # callers' lines take a triple, as CPython's do).
    return (year, month, day, julian, weekday, week_no, week_sunday, iso_year,
            iso_week, hh, mm, ss, us, tz, g, gmtoff), None, None


def _finish(fields, struct):
    (year, month, day, julian, weekday, week_no, week_sunday, iso_year,
     iso_week, hh, mm, ss, us, tz, g, gmtoff) = fields
    # A 29 February without a year is read in a leap year (1904), then
    # given the default year, as CPython's _strptime does.
    leap_year_fix = False
    if year is None:
        if struct and julian is None and month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_no is not None:
            # Days from the year's first day of week 1 (a Sunday for %U, a
            # Monday for %W); week 0 is the days before it.
            first = (_ordinal(year, 1, 1) + 6) % 7
            wd = weekday
            if week_sunday:
                first = (first + 1) % 7
                wd = (weekday + 1) % 7
            if week_no == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_no - 1) + wd
        elif iso_year is not None and iso_week is not None:
            # Counted from the Monday of the year's first ISO week, without
            # checking the week (as CPython's _strptime).
            if not 1 <= iso_year <= 9999:
                raise ValueError("year %d is out of range" % iso_year)
            jan4 = _ordinal(iso_year, 1, 4)
            julian = iso_week * 7 + weekday + 1 - ((jan4 + 6) % 7 + 4)
            year = iso_year
            if julian < 1:
                if iso_year == 1:
                    raise ValueError("year 0 is out of range")
                julian += _ordinal(iso_year, 1, 1) - _ordinal(iso_year - 1, 1, 1)
                year = iso_year - 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is not None:
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + julian - 1)
    if not struct:
        return year, month, day, hh, mm, ss, us, tz
    from _datetime import date
    # The date's own check ("day is out of range for month").
    yday = date(year, month, day).toordinal() - _ordinal(year, 1, 1) + 1
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    zone = g.get('Z')
    isdst = -1
    if zone is not None:
        found = zone.lower()
        std, dst = _time.tzname[0].lower(), _time.tzname[1].lower()
        if found in ('utc', 'gmt', std):
            # A zone whose two names are the same cannot tell which it is.
            if not (std == dst and _time.daylight and found not in ('utc', 'gmt')):
                isdst = 0
        elif _time.daylight and found == dst:
            isdst = 1
    return (year, month, day, hh, mm, ss, weekday, yday, isdst, zone, gmtoff)


#@line 559
def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the
    format string."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(_finish(tt, True))

def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a class cls instance based on the input string and the
    format string."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    args = _finish(tt, False)
    #@line 579
    return cls(*args)
