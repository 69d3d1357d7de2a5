# datetime: timedelta arithmetic (CPython's rounding of floats), date and datetime arithmetic, comparisons of naive and aware values.
from datetime import date, datetime, time, timedelta, timezone

a = timedelta(days=3, hours=4, microseconds=7)
b = timedelta(hours=-5, seconds=13)
for label, value in [
    ("a + b", a + b), ("a - b", a - b), ("b - a", b - a), ("-a", -a), ("+b", +b), ("abs(b)", abs(b)),
    ("a * 3", a * 3), ("3 * a", 3 * a), ("a * 0.3", a * 0.3), ("a * -1.5", a * -1.5),
    ("a / 7", a / 7), ("a / 0.7", a / 0.7), ("a / b", a / b), ("a // b", a // b), ("a // 7", a // 7),
    ("a % b", a % b), ("divmod(a, b)", divmod(a, b)), ("a * True", a * True),
    ("timedelta(microseconds=1) / 2", timedelta(microseconds=1) / 2),
    ("timedelta(microseconds=3) / 2", timedelta(microseconds=3) / 2),
    ("timedelta(microseconds=5) * 0.5", timedelta(microseconds=5) * 0.5),
    ("timedelta(seconds=1) / 3", timedelta(seconds=1) / 3),
    ("timedelta(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)", timedelta(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)),
    ("timedelta(seconds=0.5e-6)", timedelta(seconds=0.5e-6)),
    ("timedelta(seconds=1.5e-6)", timedelta(seconds=1.5e-6)),
    ("timedelta(seconds=-2.5e-6)", timedelta(seconds=-2.5e-6)),
    ("timedelta(days=-1e-12)", timedelta(days=-1e-12)),
    ("timedelta(hours=1/3).total_seconds()", timedelta(hours=1 / 3).total_seconds()),
]:
    print(label, "=", repr(value))
print(a > b, a >= a, a == timedelta(days=3, seconds=14400, microseconds=7), a != b, b < a, bool(timedelta(0)), bool(b))
print(a == 5, a != "x", timedelta.max - timedelta.max, timedelta.min + timedelta.max)

d = date(2024, 2, 28)
print(d + timedelta(1), d + timedelta(2), d - timedelta(days=366), timedelta(hours=47) + d, d - date(2000, 1, 1))
print(d + timedelta(hours=-1), d - timedelta(hours=25), date.max - date.min)
dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=365.25), dt - datetime(2024, 1, 1))
print(datetime(2000, 3, 1) - timedelta(seconds=1), datetime.max - datetime.min)

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
x = datetime(2024, 6, 1, 12, tzinfo=utc)
y = datetime(2024, 6, 1, 14, tzinfo=plus2)
print(x == y, x - y, x < y + timedelta(seconds=1), hash(x) == hash(y), x + timedelta(hours=1))
print(datetime(2024, 6, 1, 12) == x, datetime(2024, 6, 1, 12) != x, date(2024, 6, 1) == datetime(2024, 6, 1))
print(time(12, tzinfo=utc) == time(14, tzinfo=plus2), time(1) < time(2), time(1) == time(1, tzinfo=utc))
print(max(x, y, x + timedelta(1)), min(date(2024, 1, 1), date(2023, 12, 31)))
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 1, 1), datetime(2024, 1, 1)]))
e = datetime(1970, 1, 1, tzinfo=utc)
for secs in (0, 1.5, -1.5, 1e9, 1700000000.123456, -86400 * 365 * 100):
    print(secs, e + timedelta(seconds=secs), datetime.fromtimestamp(secs, utc), (e + timedelta(seconds=secs)).timestamp())
