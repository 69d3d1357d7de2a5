# datetime: an uncaught error shows only the caller's frames, as CPython's C module raises from no frame of its own.
import datetime


def schedule(day):
    return datetime.date(2024, 2, day)


print(schedule(29))
print(schedule(30))
