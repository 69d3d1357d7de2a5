import argparse
p=argparse.ArgumentParser(prog='p')
g=p.add_argument_group('g')
g2=g.add_argument_group('g2')
m=p.add_mutually_exclusive_group()
m2=m.add_mutually_exclusive_group()
m2.add_argument('--a')
m.add_argument('--b')
p.print_help()
print(p.parse_args(['--a','1']))
try: p.parse_args(['--a','1','--b','2'])
except SystemExit: pass
p = argparse.ArgumentParser(prog='p')
p.add_argument('x')
p.add_subparsers().add_parser('a')
try:
    p.parse_intermixed_args(['1', 'a'])
except TypeError as e:
    print(e)
q = argparse.ArgumentParser(prog='q')
q.add_argument('--r', required=True)
q.add_argument('x', nargs='+')
m = q.add_mutually_exclusive_group(required=True)
m.add_argument('--a', action='store_true')
m.add_argument('--b', action='store_true')
for argv in (['1', '--r', 'z', '2', '--a'], ['1'], ['--r', 'z', '--a'], ['--r', 'z', '1']):
    try:
        print(q.parse_intermixed_args(argv))
    except SystemExit as e:
        print('exit', e.code)
