from datetime import datetime
import time
print(datetime.strptime("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("Mon Jan  1 10:00:00 2024", "%a %b %d %H:%M:%S %Y"))
print(datetime.strptime("2024 032", "%Y %j"), datetime.strptime("2024 10 1", "%Y %U %w"))
print(datetime.strptime("2024-01-01T00:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("12.5", "%S.%f"))
print(time.strptime("2024-03-01", "%Y-%m-%d")[:8])
print(time.strptime("02-29", "%m-%d")[:3])
for s, f in [("02-29", "%m-%d"), ("2024-13", "%Y-%m"), ("x", "%Q"), ("1", "%"), ("2024-01-01 x", "%Y-%m-%d")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
time.strptime("junk", "%Y")
