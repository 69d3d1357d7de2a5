import argparse, os
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_intermixed_args('doit 1 --foo bar 2 --x 3'.split()))
p.set_defaults(foo='F', other=9)
print(p.get_default('foo'), p.get_default('other'))
print(p.parse_args(['c']))
