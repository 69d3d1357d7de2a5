# datetime: constructors, attributes, reprs and strs, calendar methods, ISO formats, strftime, timezones and subclasses.
import datetime
from datetime import date, time, timedelta, timezone, tzinfo

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
iso = d.isocalendar()
print(iso.year, iso.week, iso.weekday, iso[1], iso == (2024, 9, 4), type(iso).__name__)
print(date.fromordinal(1), date.fromordinal(738945), date.fromisocalendar(2020, 53, 7))
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisoformat("2024-W09-4"))
print(d.replace(day=1), d.replace(year=2023, day=28), d.ctime(), d.isoformat())
print(d.timetuple())
print(date.min, date.max, date.resolution, datetime.MINYEAR, datetime.MAXYEAR)

dt = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt), repr(dt.replace(second=0)), repr(dt.replace(microsecond=7)))
print(dt.date(), dt.time(), repr(dt.timetz()), dt.isoformat(), dt.isoformat(" ", "minutes"))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, dt.replace(microsecond=123456).isoformat(timespec=spec))
print(datetime.datetime.fromisoformat("2024-01-02T03:04:05.5+05:30"))
print(repr(datetime.datetime.fromisoformat("2024-01-02 03:04Z")))
print(datetime.datetime.combine(d, time(12, 30)), datetime.datetime.min, datetime.datetime.max)
print(repr(datetime.datetime(2024, 11, 3, 1, 30, fold=1)))

t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat("milliseconds"), time.min, time.max)
print(time.fromisoformat("13:05:09.000250"), repr(time.fromisoformat("T0102+0100")))

td = timedelta(days=1, hours=-3, minutes=30.5, microseconds=-1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta()), repr(timedelta(-1)), str(timedelta(-2, 5)), str(timedelta(microseconds=-1)))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
print(repr(timedelta(1.5)), repr(timedelta(microseconds=2.5)), repr(timedelta(weeks=1.1, hours=-0.3333)))

utc = timezone.utc
east = timezone(timedelta(hours=5, minutes=30))
named = timezone(timedelta(hours=-8), "PST")
print(repr(utc), repr(east), repr(named), str(east), str(named), utc is datetime.UTC)
print(repr(timezone(timedelta(0))), repr(timezone(timedelta(0), "UTC")), timezone.min, timezone.max)
print(east.utcoffset(None), named.tzname(None), utc.dst(None), east == timezone(timedelta(minutes=330), "X"))
aware = datetime.datetime(2024, 6, 1, 12, tzinfo=east)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst())
print(aware.astimezone(utc), aware.astimezone(named), aware.timestamp())
print(aware.utctimetuple())
print(datetime.datetime.fromtimestamp(0, utc), datetime.datetime.utcfromtimestamp(1e9 + 0.5))
print(datetime.datetime.fromtimestamp(86400 * 365.25, named))
print(datetime.datetime(2024, 6, 1, 12, tzinfo=utc).timestamp(), aware.strftime("%z %Z"))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name


cet = Fixed(1, "CET")
x = datetime.datetime(2024, 3, 1, 9, 15, tzinfo=cet)
print(x, x.tzname(), x.astimezone(utc), utc.fromutc(x.replace(tzinfo=utc)), x.timetuple().tm_isdst)
print(cet.fromutc(datetime.datetime(2024, 3, 1, 8, tzinfo=cet)))

for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %j %U %W %w %u", "%c | %x | %X", "%G-W%V-%u %g",
            "%I:%M %p %y %C %e %D %F %T %R %r", "%-d/%-m %_H %05d %^a %#B %%", "%Q %E %Oy %Ey %s"):
    print(fmt, "->", datetime.datetime(2005, 3, 7, 14, 5, 9, 42).strftime(fmt))
print(date(5, 1, 1).strftime("%Y %C %y %G %F"), time(1, 2).strftime("%H %Y %j"))
print(f"{d:%d.%m.%Y}", "{:%H}h".format(dt), format(t), format(d, ""))
print(datetime.datetime.strptime("2024-02-29 23:59:58.25", "%Y-%m-%d %H:%M:%S.%f"))
print(repr(datetime.datetime.strptime("Thu Feb 29 2024 +0530", "%a %b %d %Y %z")))
print(datetime.datetime.strptime("07/04/99 1:02 PM", "%m/%d/%y %I:%M %p"), datetime.datetime.strptime("2024 60", "%Y %j"))


class Stamp(datetime.datetime):
    def label(self):
        return "stamp " + self.isoformat()


s = Stamp(2024, 5, 6, 7, 8)
print(repr(s), repr(s + timedelta(days=1)), s.label(), type(Stamp.combine(d, t)).__name__)


class Span(timedelta):
    pass


print(repr(Span(hours=2)), repr(Span(1) + Span(1)), type(-Span(1)).__name__)
print(type(d).__name__, date.__module__, date, datetime.datetime, type(iso))
print(sorted([date(2020, 1, 1), date(1999, 12, 31), date(2020, 1, 1)]), {date(2024, 2, 29): 1}[d])
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)), len({datetime.datetime(2024, 1, 1, 12, tzinfo=utc),
                                                          datetime.datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))}))
