import argparse
import traceback

# Each mistake's traceback through argparse (CPython's line numbers).
p = argparse.ArgumentParser(prog='p')
for args, kwargs in [(('x',), dict(dest='y')), (('--x',), dict(action='nope')),
                     (('--x',), dict(type='int')), (('a', 'b'), {}), (('-',), {}),
                     (('--x',), dict(const=1)), (('--x',), dict(action='append', nargs=0)),
                     (('x',), dict(required=True)), (('--x',), dict(nargs='z')),
                     (('--x',), dict(action='store_true', type=int))]:
    try:
        p.add_argument(*args, **kwargs)
    except Exception:
        traceback.print_exc()
try:
    p.add_mutually_exclusive_group().add_argument('x')
except ValueError:
    traceback.print_exc()
