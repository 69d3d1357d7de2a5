# Classes standing for CPython's C types are named by their tp_name in
# messages: 're.Pattern', '_thread.lock', 'datetime.datetime'.
import datetime
import re
import threading

cases = [
    lambda: re.compile("a").matc("a"),
    lambda: re.compile("a") + 1,
    lambda: re.match("a", "a").foo,
    lambda: threading.Lock().foo,
    lambda: threading.RLock().foo,
    lambda: datetime.datetime.noww(),
    lambda: re.Pattern.foo,
]
for case in cases:
    try:
        case()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(threading.Lock()).__name__, re.Pattern.__name__)
re.compile("x").fullmatc("x")
