# signal: the numbers as Signals members, handlers as Handlers members,
# the checks of signal()/getsignal(), and handlers run by raise_signal()
# and by an alarm during time.sleep() and during a busy loop.
import signal
import time

print(repr(signal.SIGINT), signal.SIGINT == 2, signal.SIGIOT, signal.NSIG)
print(repr(signal.Signals(6)), repr(signal.Signals.SIGCLD), list(signal.Handlers))
print(signal.strsignal(signal.SIGALRM), signal.strsignal(32), signal.strsignal(40))
print(len(signal.valid_signals()), 32 in signal.valid_signals())
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

for args in ((signal.SIGKILL, signal.SIG_IGN), (0, signal.SIG_IGN), (signal.SIGINT, 2),
             ("x", signal.SIG_DFL), (signal.SIGINT,)):
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
for n in (0, 65, -1):
    try:
        signal.getsignal(n)
    except ValueError as e:
        print(n, e)

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("raise_signal(SIGINT): KeyboardInterrupt")

seen = []


def handler(signum, frame):
    seen.append(signum)


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(seen)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print(seen, repr(signal.getsignal(signal.SIGUSR1)))


def disarm(signum, frame):
    seen.append(("disarm", signum))
    signal.signal(signum, signal.SIG_IGN)


signal.signal(signal.SIGUSR2, disarm)
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR2)
print(seen)


def boom(signum, frame):
    raise RuntimeError("from the handler")


signal.signal(signal.SIGUSR1, boom)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print("raised:", e)

print(signal.alarm(0))
print(signal.alarm(30), signal.alarm(0))

signal.signal(signal.SIGALRM, handler)
seen.clear()
start = time.monotonic()
signal.alarm(1)
time.sleep(1.3)
print(seen, time.monotonic() - start >= 1.3)


class Timeout(Exception):
    pass


def timeout(signum, frame):
    raise Timeout


signal.signal(signal.SIGALRM, timeout)
signal.alarm(1)
spins = 0
try:
    while True:
        spins += 1
except Timeout:
    print("busy loop interrupted", spins > 0)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
