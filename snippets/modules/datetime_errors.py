# datetime: argument checks and range errors of the constructors and methods, unsupported operations, naive/aware mixing, with CPython's messages.
import datetime
from datetime import date, time, timedelta, timezone, tzinfo


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


cases = [
    ("date(2020, 13, 1)", lambda: date(2020, 13, 1)),
    ("date(2021, 2, 29)", lambda: date(2021, 2, 29)),
    ("date(0, 1, 1)", lambda: date(0, 1, 1)),
    ("date(10000, 1, 1)", lambda: date(10000, 1, 1)),
    ("date(2020, 1)", lambda: date(2020, 1)),
    ("date(2020, 1, 1, 1)", lambda: date(2020, 1, 1, 1)),
    ("date(2020.0, 1, 1)", lambda: date(2020.0, 1, 1)),
    ("date('2020', 1, 1)", lambda: date("2020", 1, 1)),
    ("date(2**40, 1, 1)", lambda: date(2 ** 40, 1, 1)),
    ("date(2020, month=1, dy=1)", lambda: date(2020, month=1, dy=1)),
    ("date(2020, 1, 1, year=1)", lambda: date(2020, 1, day=1, year=1)),
    ("time(24)", lambda: time(24)),
    ("time(1, 60)", lambda: time(1, 60)),
    ("time(1, 1, 60)", lambda: time(1, 1, 60)),
    ("time(0, 0, 0, 10**6)", lambda: time(0, 0, 0, 10 ** 6)),
    ("time(fold=2)", lambda: time(fold=2)),
    ("time(tzinfo=1)", lambda: time(tzinfo=1)),
    ("time(1, 2, 3, 4, None, 0)", lambda: time(1, 2, 3, 4, None, 0)),
    ("time(hr=1)", lambda: time(hr=1)),
    ("datetime(2020, 1, 1, 25)", lambda: datetime.datetime(2020, 1, 1, 25)),
    ("datetime(2020, 2, 30)", lambda: datetime.datetime(2020, 2, 30)),
    ("timedelta('1')", lambda: timedelta("1")),
    ("timedelta(days=10**9)", lambda: timedelta(days=10 ** 9)),
    ("timedelta(days=1e10)", lambda: timedelta(days=1e10)),
    ("timedelta(x=1)", lambda: timedelta(x=1)),
    ("timedelta(seconds=float('inf'))", lambda: timedelta(seconds=float("inf"))),
    ("timedelta.max + timedelta(1)", lambda: timedelta.max + timedelta(1)),
    ("-timedelta.max", lambda: -timedelta.max),
    ("timedelta(1) / 0", lambda: timedelta(1) / 0),
    ("timedelta(1) / timedelta(0)", lambda: timedelta(1) / timedelta(0)),
    ("timedelta(1) // timedelta(0)", lambda: timedelta(1) // timedelta(0)),
    ("timedelta(1) % timedelta(0)", lambda: timedelta(1) % timedelta(0)),
    ("timedelta(1) * float('nan')", lambda: timedelta(1) * float("nan")),
    ("timedelta(1) + 1", lambda: timedelta(1) + 1),
    ("timedelta(1) % 2", lambda: timedelta(1) % 2),
    ("divmod(timedelta(1), 2)", lambda: divmod(timedelta(1), 2)),
    ("timedelta(1) < 1", lambda: timedelta(1) < 1),
    ("timedelta(1) * 'a'", lambda: timedelta(1) * "a"),
    ("date.max + timedelta(1)", lambda: date.max + timedelta(1)),
    ("date.min - timedelta(1)", lambda: date.min - timedelta(1)),
    ("datetime.max + timedelta(1)", lambda: datetime.datetime.max + timedelta(microseconds=1)),
    ("date(2020, 1, 1) - 1", lambda: date(2020, 1, 1) - 1),
    ("1 + date(2020, 1, 1)", lambda: 1 + date(2020, 1, 1)),
    ("date(2020, 1, 1) < 1", lambda: date(2020, 1, 1) < 1),
    ("date(2020, 1, 1) - datetime(2020, 1, 1)", lambda: date(2020, 1, 1) - datetime.datetime(2020, 1, 1)),
    ("datetime(2020, 1, 1) < date(2020, 1, 1)", lambda: datetime.datetime(2020, 1, 1) < date(2020, 1, 1)),
    ("date(2020, 1, 1) >= datetime(2020, 1, 1)", lambda: date(2020, 1, 1) >= datetime.datetime(2020, 1, 1)),
    ("naive < aware", lambda: datetime.datetime(2020, 1, 1) < datetime.datetime(2020, 1, 1, tzinfo=timezone.utc)),
    ("naive - aware", lambda: datetime.datetime(2020, 1, 1) - datetime.datetime(2020, 1, 1, tzinfo=timezone.utc)),
    ("naive time < aware time", lambda: time(1) < time(1, tzinfo=timezone.utc)),
    ("time(1) + timedelta(1)", lambda: time(1) + timedelta(1)),
    ("date.fromordinal(0)", lambda: date.fromordinal(0)),
    ("date.fromordinal(3652060)", lambda: date.fromordinal(3652060)),
    ("date.fromisoformat('2020-1-1')", lambda: date.fromisoformat("2020-1-1")),
    ("date.fromisoformat(20200101)", lambda: date.fromisoformat(20200101)),
    ("date.fromisoformat('2020-02-30')", lambda: date.fromisoformat("2020-02-30")),
    ("datetime.fromisoformat('2020-01-01T25:00')", lambda: datetime.datetime.fromisoformat("2020-01-01T25:00")),
    ("datetime.fromisoformat('2020-01-01T01:02:03+5')", lambda: datetime.datetime.fromisoformat("2020-01-01T01:02:03+5")),
    ("time.fromisoformat('1')", lambda: time.fromisoformat("1")),
    ("date.fromisocalendar(2021, 53, 1)", lambda: date.fromisocalendar(2021, 53, 1)),
    ("date.fromisocalendar(2020, 1, 8)", lambda: date.fromisocalendar(2020, 1, 8)),
    ("date.fromisocalendar(0, 1, 1)", lambda: date.fromisocalendar(0, 1, 1)),
    ("date.fromisocalendar(9999, 52, 7)", lambda: date.fromisocalendar(9999, 52, 7)),
    ("date(2020, 1, 1).replace(month=13)", lambda: date(2020, 1, 1).replace(month=13)),
    ("date(2020, 1, 1).replace(mon=1)", lambda: date(2020, 1, 1).replace(mon=1)),
    ("datetime(2020, 1, 1).replace(tzinfo=1)", lambda: datetime.datetime(2020, 1, 1).replace(tzinfo=1)),
    ("date(2020, 1, 1).strftime(1)", lambda: date(2020, 1, 1).strftime(1)),
    ("date(2020, 1, 1).isoformat('T')", lambda: date(2020, 1, 1).isoformat("T")),
    ("datetime(2020, 1, 1).isoformat(sep='ab')", lambda: datetime.datetime(2020, 1, 1).isoformat(sep="ab")),
    ("datetime(2020, 1, 1).isoformat(timespec='days')", lambda: datetime.datetime(2020, 1, 1).isoformat(timespec="days")),
    ("date.today(1)", lambda: date.today(1)),
    ("datetime.fromtimestamp(1e20)", lambda: datetime.datetime.fromtimestamp(1e20)),
    ("datetime.utcfromtimestamp(-1e12)", lambda: datetime.datetime.utcfromtimestamp(-1e12)),
    ("datetime.fromtimestamp(float('nan'))", lambda: datetime.datetime.fromtimestamp(float("nan"))),
    ("datetime.fromtimestamp('0')", lambda: datetime.datetime.fromtimestamp("0")),
    ("datetime(1, 1, 1).timestamp()", lambda: datetime.datetime(1, 1, 1).timestamp()),
    ("datetime.combine(1, time())", lambda: datetime.datetime.combine(1, time())),
    ("datetime.combine(date(2020, 1, 1), 2)", lambda: datetime.datetime.combine(date(2020, 1, 1), 2)),
    ("datetime.now(1)", lambda: datetime.datetime.now(1)),
    ("datetime(2020, 1, 1).astimezone(1)", lambda: datetime.datetime(2020, 1, 1).astimezone(1)),
    ("datetime.min aware astimezone", lambda: datetime.datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc)),
    ("timezone(1)", lambda: timezone(1)),
    ("timezone(timedelta(hours=24))", lambda: timezone(timedelta(hours=24))),
    ("timezone(timedelta(hours=1), 3)", lambda: timezone(timedelta(hours=1), 3)),
    ("timezone(timedelta(hours=1), 'a', 'b')", lambda: timezone(timedelta(hours=1), "a", "b")),
    ("timezone.utc.utcoffset(1)", lambda: timezone.utc.utcoffset(1)),
    ("timezone.utc.fromutc(3)", lambda: timezone.utc.fromutc(3)),
    ("timezone.utc.fromutc(naive)", lambda: timezone.utc.fromutc(datetime.datetime(2020, 1, 1))),
    ("tzinfo().utcoffset(None)", lambda: tzinfo().utcoffset(None)),
    ("tzinfo().tzname(None)", lambda: tzinfo().tzname(None)),
    ("strptime('2020', '%Y %m')", lambda: datetime.datetime.strptime("2020", "%Y %m")),
    ("strptime('2020x', '%Y')", lambda: datetime.datetime.strptime("2020x", "%Y")),
    ("strptime('5', '%Q')", lambda: datetime.datetime.strptime("5", "%Q")),
    ("strptime('5', '5%')", lambda: datetime.datetime.strptime("5", "5%")),
    ("strptime('Feb 29', '%b %d')", lambda: datetime.datetime.strptime("Feb 29", "%b %d")),
]


class BadOffset(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off

    def dst(self, dt):
        return None


cases += [
    ("utcoffset() of 24 hours", lambda: datetime.datetime(2020, 1, 1, tzinfo=BadOffset(timedelta(hours=24))).utcoffset()),
    ("utcoffset() of an int", lambda: datetime.datetime(2020, 1, 1, tzinfo=BadOffset(5)).utcoffset()),
    ("tzname() of an int", lambda: datetime.datetime(2020, 1, 1, tzinfo=BadOffset(5)).tzname()),
    ("fromutc() with dst() None", lambda: BadOffset(timedelta(1)).fromutc(datetime.datetime(2020, 1, 1))),
]
for label, f in cases:
    attempt(label, f)

d = date(2020, 1, 1)
for stmt in ("d.year = 3", "d.foo = 3", "timedelta(1).days = 3", "d.foo"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
try:
    class Zone(timezone):
        pass
except TypeError as e:
    print("subclass timezone ->", e)
