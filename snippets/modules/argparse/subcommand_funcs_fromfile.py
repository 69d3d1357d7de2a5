import argparse, os, sys
os.environ['COLUMNS'] = '80'
def cmd_add(args):
    print('adding', args.x + args.y)
def cmd_mul(args):
    print('mul', args.x * args.y)
parser = argparse.ArgumentParser(description='Calculator.')
parser.add_argument('--log', default='info', choices=['DEBUG', 'INFO'], type=str.upper)
subparsers = parser.add_subparsers(help='operation', required=True, dest='op')
for name, fn in (('add', cmd_add), ('mul', cmd_mul)):
    sp = subparsers.add_parser(name, help=f'{name} two numbers')
    sp.add_argument('x', type=float)
    sp.add_argument('y', type=float)
    sp.set_defaults(func=fn)
for argv in (['add', '1', '2'], ['--log', 'debug', 'mul', '3', '4'], ['--log', 'x', 'add', '1', '2'], ['add', '1', '-2'], ['add', '-h'], ['-h'], []):
    try:
        args = parser.parse_args(argv)
        print({k: v for k, v in vars(args).items() if k != 'func'})
        args.func(args)
    except SystemExit as e:
        print('exit', e.code)
args = parser.parse_args if False else None
p = argparse.ArgumentParser()
p.add_argument('-v', '--verbose', action='store_true')
print(p.parse_args())
print(p.prog, sys.argv[0])
q = argparse.ArgumentParser(prog='q', fromfile_prefix_chars='@', usage=argparse.SUPPRESS)
q.add_argument('--a')
q.add_argument('rest', nargs='*')
with open('argparse_fromfile_args.txt', 'w') as f:
    f.write('--a\nvalue\npos1\n')
print(q.parse_args(['@argparse_fromfile_args.txt', 'pos2']))
os.remove('argparse_fromfile_args.txt')
try:
    q.parse_args(['--zz'])
except SystemExit as e:
    print('exit', e.code)
q.print_help()
r = argparse.ArgumentParser(prog='r')
r.add_argument('--secret', help=argparse.SUPPRESS, default=argparse.SUPPRESS)
r.add_argument('--mode', choices={'fast': 1, 'slow': 2}, help='mode: %(choices)s, default %(default)s')
r.add_argument('--empty', metavar='')
r.add_argument('nums', nargs='+', type=int)
r.add_argument('last')
r.print_help()
print(r.parse_args(['1', '2', '3', 'L']))
print(r.parse_args(['-5', 'x']))
print(r.parse_known_args(['1', 'x', '--', '--mode', 'q']))
print(r.parse_known_args(['1', 'x', '--unknown=3', '-k']))
try:
    r.parse_args(['--mode', 'medium', '1', 'x'])
except SystemExit as e:
    print('exit', e.code)
print(r.parse_args(['--secret', 's', '1', 'x']))
