import argparse, os, sys
os.environ['COLUMNS'] = '80'
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
p = argparse.ArgumentParser(prog='e', description='Desc.', epilog='Epi %(prog)s.')
p.add_argument('--req', required=True, help='required option')
p.add_argument('my-pos', help='a positional with a dash')
p.add_argument('--up', type=str.upper)
p.add_argument('--lam', type=lambda s: int(s, 16))
p.add_argument('--opt', nargs='?', const='7', type=int, default='3')
default_list = ['x']
p.add_argument('--app', action='append', default=default_list)
p.add_argument('-?', dest='q', action='help', help='another help')
p.print_help()
run(p, [])
run(p, ['--req', 'r', 'pp'])
run(p, ['--req', 'r', 'pp', '--up', 'abc', '--lam', 'ff', '--opt', '--app', 'y'])
print(default_list)
run(p, ['--req', 'r', 'pp', '--lam', 'zz'])
run(p, ['--req', 'r', 'pp', '--opt', 'q'])
run(p, ['-?'])
try:
    p.error('custom problem')
except SystemExit as e:
    print('exit', e.code)
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
try:
    p.exit()
except SystemExit as e:
    print('exit', e.code)
del os.environ['COLUMNS']
w = argparse.ArgumentParser(prog='wide', description=' '.join(['word%d' % i for i in range(40)]))
w.add_argument('--a-long-option-name', help=' '.join(['help%d' % i for i in range(30)]))
w.add_argument('files', nargs='+', metavar='FILE', help='the files')
w.print_help()
os.environ['COLUMNS'] = '50'
w.print_help()
os.environ['COLUMNS'] = '5'
w.print_help()
os.environ['COLUMNS'] = '80'
fmt = lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100)
f = argparse.ArgumentParser(prog='fmt', formatter_class=fmt)
f.add_argument('--some-fairly-long-option', help='short help')
f.add_argument('-s', help='s help')
f.print_help()
mt = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument('--n', type=int)
mt.add_argument('x', type=float)
mt.print_help()
print(p.format_usage(), end='')
print(repr(p.format_help()[:40]))
