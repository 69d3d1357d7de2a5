import argparse
import traceback

# exit_on_error=False: parse errors raise ArgumentError through the
# parser's frames (CPython's line numbers), as does a type's own exception.
def lookup(s):
    return {'a': 1}[s]

def positive(s):
    if int(s) <= 0:
        raise argparse.ArgumentTypeError('%s is not positive' % s)
    return int(s)

p = argparse.ArgumentParser(prog='p', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--k', type=lookup)
p.add_argument('--c', choices='ab')
p.add_argument('--m', nargs=2)
p.add_argument('-x', action='store_true')
g = p.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
p.add_argument('pos', nargs='*', type=positive)
for argv in (['--n', 'a'], ['--k', 'z'], ['--c', 'z'], ['--m', '1'], ['-x=1'],
             ['--on', '--off'], ['1', '-2'], ['1', 'q']):
    try:
        p.parse_args(argv)
    except (argparse.ArgumentError, KeyError):
        traceback.print_exc()
s = argparse.ArgumentParser(prog='s', exit_on_error=False)
s.add_subparsers().add_parser('go')
s.parse_args(['stop'])
