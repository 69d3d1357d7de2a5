import time
print(time.strptime('02-29','%m-%d'))
print(time.strptime('2024-03-05 10:11:12 +0130 UTC','%Y-%m-%d %H:%M:%S %z %Z'))
t = time.strptime('2024-03-05 10:11:12 -0130','%Y-%m-%d %H:%M:%S %z')
print(t.tm_gmtoff, t.tm_zone)
print(time.strptime('Tue Mar  5 10:11:12 2024'))
print(time.strptime('2024 5 Mon','%Y %U %a'))
for a in [('02-30','%m-%d'), ('x','%m-%d'), (1,), ('1', 2), ()]:
    try: time.strptime(*a)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
from functools import partial
