"""pyview's signal: the native _signal's functions and numbers, with the
numbers as members of the Signals enum and SIG_DFL/SIG_IGN as members of
Handlers (what signal() and getsignal() answer)."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum
from functools import wraps as _wraps


def _named(wanted):
    # Sorted by number, then name, so that an alias (SIGIOT) follows the
    # name its number is known by (SIGABRT).
    found = [(name, value) for name, value in vars(_signal).items() if wanted(name)]
    found.sort(key=lambda item: (item[1], item[0]))
    return found


Signals = _IntEnum(
    "Signals",
    _named(lambda name: name.isupper() and name.startswith("SIG") and not name.startswith("SIG_")),
    module=__name__,
)
Handlers = _IntEnum(
    "Handlers", _named(lambda name: name in ("SIG_DFL", "SIG_IGN")), module=__name__
)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)


def _int_to_enum(value, enum_klass):
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


@_wraps(_signal.signal)
def signal(signalnum, handler):
    old = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(old, Handlers)


@_wraps(_signal.getsignal)
def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


@_wraps(_signal.valid_signals)
def valid_signals():
    return {_int_to_enum(number, Signals) for number in _signal.valid_signals()}


del _wraps
