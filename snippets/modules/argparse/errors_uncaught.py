import argparse, os, sys
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='err')
p.add_argument('--foo', type=int)
p.add_argument('--foobar')
p.add_argument('-x', action='store_true')
p.add_argument('-y', action='store_true')
p.add_argument('-n')
for argv in (['--fo', '1'], ['--foo'], ['--foo', 'abc'], ['--zzz'], ['-xyn5'], ['-xyz'], ['-x=1'], ['--foo=1', '--foobar=2'], ['-n', '-1'], ['-n-1']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
print(p.parse_known_args(['--zzz', '-x', 'extra']))
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'abc'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
try:
    p.add_argument('--foo')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
def pos(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s} is not positive")
    return v
r = argparse.ArgumentParser(prog='r')
r.add_argument('n', type=pos)
try:
    r.parse_args(['-3'])
except SystemExit as e:
    print("exit", e.code)
try:
    r.parse_args(['0'])
except SystemExit as e:
    print("exit", e.code)
p.parse_args(['--nope'])
