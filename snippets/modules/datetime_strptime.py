# datetime: strptime's directives (names, 12-hour clock, week numbers, ISO weeks, zones) and its errors; the arity messages of datetime's methods.
from datetime import date, datetime, time, timedelta, timezone

for text, fmt in [
    ("2024-02-29 23:59:58.25", "%Y-%m-%d %H:%M:%S.%f"),
    ("Thursday, February 29, 2024", "%A, %B %d, %Y"),
    ("thu feb 29 24", "%a %b %d %y"),
    ("07/04/69 12:30 am", "%m/%d/%y %I:%M %p"),
    ("07/04/68 12:30 PM", "%m/%d/%y %I:%M %p"),
    ("2024 060", "%Y %j"),
    ("2024 09 4", "%Y %W %w"),
    ("2024 00 0", "%Y %U %w"),
    ("2024-W09-4", "%G-W%V-%u"),
    ("Thu Feb 29 23:59:58 2024", "%c"),
    ("02/29/24 23:59:58", "%x %X"),
    ("2024-02-29T23:59:58+05:30", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-02-29 -0800 UTC", "%Y-%m-%d %z %Z"),
    ("20240229Z", "%Y%m%d%z"),
    ("  2024   2   9", " %Y %m %d"),
    ("10%", "%H%%"),
    ("5 15", "%I %H"),
]:
    print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for text, fmt in [("2024", "%Y %m"), ("2024x", "%Y"), ("5", "%Q"), ("5", "%e"), ("5", "%"), ("Feb 29", "%b %d"),
                  ("2024", "%G"), ("9", "%V"), ("9 1", "%V %u"), ("2024 9", "%Y %V"), ("2024 9 1 5", "%G %V %u %j"),
                  ("2024 13", "%Y %m"), ("24:00", "%H:%M"), ("2021 53 1", "%G %V %u")]:
    attempt("strptime(%r, %r)" % (text, fmt), lambda: datetime.strptime(text, fmt))
attempt("strptime(1, '%Y')", lambda: datetime.strptime(1, "%Y"))
attempt("strptime('1')", lambda: datetime.strptime("1"))

d = date(2024, 2, 29)
dt = datetime(2024, 2, 29, 12, tzinfo=timezone.utc)
for label, f in [
    ("d.weekday(1)", lambda: d.weekday(1)),
    ("dt.weekday(1)", lambda: dt.weekday(1)),
    ("d.isoformat(x=1)", lambda: d.isoformat(x=1)),
    ("d.strftime()", lambda: d.strftime()),
    ("dt.utcoffset(1)", lambda: dt.utcoffset(1)),
    ("dt.astimezone(1, 2)", lambda: dt.astimezone(1, 2)),
    ("date.fromordinal()", lambda: date.fromordinal()),
    ("date.fromtimestamp()", lambda: date.fromtimestamp()),
    ("datetime.fromtimestamp()", lambda: datetime.fromtimestamp()),
    ("datetime.fromtimestamp(0, tzinfo=None)", lambda: datetime.fromtimestamp(0, tzinfo=None)),
    ("datetime.utcfromtimestamp()", lambda: datetime.utcfromtimestamp()),
    ("datetime.now(1, 2)", lambda: datetime.now(1, 2)),
    ("datetime.utcnow(1)", lambda: datetime.utcnow(1)),
    ("datetime.fromisoformat()", lambda: datetime.fromisoformat()),
    ("time.fromisoformat('1', '2')", lambda: time.fromisoformat("1", "2")),
    ("datetime.combine(1)", lambda: datetime.combine(1)),
    ("datetime.combine(d)", lambda: datetime.combine(d)),
    ("timedelta(1).total_seconds(1)", lambda: timedelta(1).total_seconds(1)),
    ("timezone.utc.utcoffset()", lambda: timezone.utc.utcoffset()),
    ("timezone.utc.tzname(None, None)", lambda: timezone.utc.tzname(None, None)),
    ("d.__format__()", lambda: d.__format__()),
    ("format(d, 5)", lambda: format(d, 5)),
]:
    attempt(label, f)
