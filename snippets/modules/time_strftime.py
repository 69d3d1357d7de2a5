# time.strftime and asctime over fixed time tuples: glibc's directives in
# the C locale, its flags and widths, and the tuple checks CPython makes.
import time

t = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %h %p %I %l %k %e", t))
print(time.strftime("%c | %x | %X | %D | %T | %F | %R | %r", t))
print(time.strftime("%j %U %W %V %G %g %u %w %C %y", t))
print(repr(time.strftime("%-d %_m %05Y %^a %#b %#p %10A %-10j|", t)))
print(repr(time.strftime("%n%t%% %Q %Ey %Oy %E %", t)))
print(time.asctime(t))

# ISO weeks near the turn of a year come from tm_yday and tm_wday.
for tup in [(2016, 1, 3, 0, 0, 0, 6, 3, 0), (2008, 12, 29, 0, 0, 0, 0, 364, 0),
            (2027, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0)]:
    print(tup[:3], time.strftime("%G-W%V-%u  %U %W", tup))

# Zero means the first month, day of month and day of year.
print(time.strftime("%m/%d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((-45, 7, 7, 7, 7, 7, 6, 188, 0)))
print(time.strftime("%Y %6Y %_6Y %C %y", (-45, 7, 7, 7, 7, 7, 6, 188, 0)))

g = time.gmtime(1_000_000_000)
print(time.strftime("%Y-%m-%dT%H:%M:%S %Z %z %s", g))
print(time.asctime(g))
print(time.strftime("%Z|%z", (2020, 1, 1, 0, 0, 0, 0, 1, -1)) == "|")

for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0),
            (-2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1.5, 1, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1), [2020, 1, 1, 0, 0, 0, 0, 1, 0]]:
    try:
        time.strftime("%Y", bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(), (1,), ("%Y", t, 3)]:
    try:
        time.strftime(*args)
    except TypeError as e:
        print(e)
try:
    time.asctime(t, t)
except TypeError as e:
    print(e)
print(time.strftime("%Y", time.localtime()) == str(time.localtime().tm_year))
print(len(time.ctime()), time.ctime(None)[:3] == time.asctime()[:3])
