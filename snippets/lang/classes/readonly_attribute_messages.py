# Assigning to attributes of built-in objects: read-only methods, readonly members, unwritable getsets; object() has no __dict__
tests = [(1, 'real'), (1, 'imag'), (1, 'numerator'), (True, 'real'), (1.5, 'real'),
         (1j, 'real'), (slice(1), 'start'), (range(3), 'stop'), ('a', 'upper'),
         ([], 'append'), (b'', 'hex'), (1, 'denominator'), (memoryview(b''), 'nbytes'),
         (print, '__name__'), (len, '__self__'), ((x for x in ''), 'gi_running'),
         (property(), 'fget'), (bytearray(), 'x'), (1, 'x'), (object(), 'x')]
for o, n in tests:
    try:
        setattr(o, n, 5)
        print('ok', n)
    except AttributeError as e:
        print(type(o).__name__, n, '->', e)
o = object()
print(hasattr(o, '__dict__'))
def f():
    pass
print(f.__class__, len.__class__, 'a'.upper.__class__, print.__class__.__name__)
o.name = 'x'
