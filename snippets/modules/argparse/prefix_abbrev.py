import argparse, os
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='PROG', prefix_chars='-+')
p.add_argument('+f')
p.add_argument('++bar')
p.add_argument('-v', action='store_true')
print(p.parse_args('+f X ++bar Y -v'.split()))
p.print_help()
q = argparse.ArgumentParser(prog='PROG', allow_abbrev=False, add_help=False)
q.add_argument('--foobar', action='store_true')
q.add_argument('--foonley', action='store_false')
q.print_help()
try:
    q.parse_args(['--foon'])
except SystemExit as e:
    print('exit', e.code)
r = argparse.ArgumentParser(prog='PROG', usage='%(prog)s [options] files...')
r.add_argument('files', nargs='*')
r.print_help()
print(r.parse_args(['a', 'b']))
s = argparse.ArgumentParser(prog='PROG')
s.add_argument('-1', dest='one', action='store_true')
s.add_argument('foo', nargs='?')
print(s.parse_args(['-1']))
try:
    s.parse_args(['-2'])
except SystemExit as e:
    print('exit', e.code)
