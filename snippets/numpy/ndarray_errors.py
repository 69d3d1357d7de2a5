# NumPy's error messages; an uncaught one shows only the caller's frame.
import numpy as np
a = np.arange(6)
for f in (lambda: a.reshape(4, 2), lambda: a.reshape(-1, 4), lambda: a[10], lambda: a[1, 2],
          lambda: a + np.arange(4), lambda: bool(a), lambda: np.array([1, [2, 3]]),
          lambda: np.uint8(300), lambda: np.array([300], dtype=np.uint8), lambda: a[1.5],
          lambda: np.frombuffer(b'abc', dtype=np.int16), lambda: np.zeros(3).max(axis=2),
          lambda: np.array([]).max(), lambda: len(np.array(5)), lambda: np.dtype('xyz')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
np.arange(5).reshape(2, 2)
