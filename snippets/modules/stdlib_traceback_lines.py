# Tracebacks through these Python-written stdlib functions show CPython's
# line numbers and text.
import fractions
import functools
import heapq
import os
import traceback


@functools.singledispatch
def show(x):
    raise NotImplementedError(type(x).__name__)


for call in [
    lambda: fractions.Fraction(1, 0),
    lambda: fractions.Fraction(1.5, 2),
    lambda: heapq.nlargest(2, [{"a": 1}, {"b": 2}], key=lambda d: d["a"]),
    lambda: heapq.nsmallest(2, [{"a": 1}, {"b": 2}], key=lambda d: d["a"]),
    lambda: functools.total_ordering(type("A", (), {})),
    lambda: show(1),
    lambda: show(),
    lambda: os.environ["PYVIEW_NO_SUCH_VARIABLE"],
]:
    try:
        call()
    except Exception:
        traceback.print_exc()
