# time: gmtime and struct_time (items, attributes, tm_zone/tm_gmtoff), and the errors of their arguments.
import time

t = time.gmtime(1700000000.75)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], tuple(t), list(t)[6:])
print(time.gmtime(0), time.gmtime(-1), time.gmtime(-86400 * 365 * 2000)[:6])
print(time.gmtime(253402300799)[:6], time.gmtime(2 ** 40)[:3])
s = time.struct_time((2024, 2, 29, 12, 30, 15, 3, 60, 0))
print(s, s.tm_yday, s.tm_zone, s == (2024, 2, 29, 12, 30, 15, 3, 60, 0), s[1:3])
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, "X", 60]).tm_zone)
for label, f in [
    ("gmtime('x')", lambda: time.gmtime("x")),
    ("gmtime(nan)", lambda: time.gmtime(float("nan"))),
    ("gmtime(1e20)", lambda: time.gmtime(1e20)),
    ("gmtime(1, 2)", lambda: time.gmtime(1, 2)),
    ("struct_time((1, 2))", lambda: time.struct_time((1, 2))),
    ("struct_time(range(12))", lambda: time.struct_time(range(12))),
    ("mktime((1, 2))", lambda: time.mktime((1, 2))),
    ("mktime('x')", lambda: time.mktime("x")),
]:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
