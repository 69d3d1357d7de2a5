import argparse, os, sys
os.environ['COLUMNS'] = '80'
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
p = argparse.ArgumentParser(prog='m', argument_default=argparse.SUPPRESS)
p.add_argument('--a')
p.add_argument('--b', nargs=3, type=int)
p.add_argument('--c', choices=range(1, 4), type=int)
run(p, [])
run(p, ['--b', '1', '2'])
run(p, ['--b', '1', '2', '3', '--c', '5'])
run(p, ['--c', '2', '--a=x'])
p.print_help()
q = argparse.ArgumentParser(prog='q', conflict_handler='resolve')
q.add_argument('-f', '--foo', help='old foo help')
q.add_argument('--foo', help='new foo help')
q.print_help()
for bad in [dict(args=('x',), kw=dict(required=True)), dict(args=('--y',), kw=dict(nargs=0)),
            dict(args=('--z',), kw=dict(action='store', const=1)), dict(args=('--w',), kw=dict(metavar=('A','B'))),
            dict(args=('--v',), kw=dict(action='nope')), dict(args=('--u',), kw=dict(type='int')),
            dict(args=('--t',), kw=dict(type=argparse.FileType)), dict(args=('x', ), kw=dict(dest='y')),
            dict(args=('-',), kw={}), dict(args=('a', 'b'), kw={}), dict(args=('--s',), kw=dict(action='append', nargs=0))]:
    try:
        q.add_argument(*bad['args'], **bad['kw'])
        print('ok', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = argparse.ArgumentParser(prog='r', description='%(prog)s does things')
r.version = '1.2'
r.add_argument('-V', action='version')
r.add_argument('--file', type=argparse.FileType('r'))
r.add_argument('--pos', nargs=2, metavar=('X', 'Y'), help='two things %(nargs)s %(dest)s %(prog)s')
r.add_argument('p2', nargs=2, help='%(default)s %(type)s %(required)s')
r.print_help()
run(r, ['-V'])
run(r, ['--file', 'no_such_file.txt', '1', '2'])
run(r, ['1'])
s = argparse.ArgumentParser(prog='s')
sub = s.add_subparsers(title='commands', description='the commands', dest='cmd', required=True, metavar='CMD')
x = sub.add_parser('run', help='run it', description='Run the thing.')
x.add_argument('--fast', action='store_true')
sub.add_parser('stop', help='stop it')
s.print_help()
run(s, [])
run(s, ['run', '--fast'])
run(s, ['run', '--slow'])
run(s, ['jump'])
run(s, ['run', '-h'])
t = argparse.ArgumentParser(prog='t')
sp = t.add_subparsers()
sp.add_parser('a')
run(t, [])
run(t, ['b'])
t.print_help()
u = argparse.ArgumentParser(prog='u')
mg = u.add_mutually_exclusive_group(required=True)
mg.add_argument('--one', action='store_true')
mg.add_argument('--two', action='store_true')
mg.add_argument('--three', help=argparse.SUPPRESS)
u.add_argument('--hidden', help=argparse.SUPPRESS)
u.print_help()
run(u, [])
run(u, ['--one', '--three', 'x'])
