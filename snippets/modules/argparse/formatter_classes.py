import argparse, os
os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.RawTextHelpFormatter,
    description='''Tool.

Examples:
  fmt --x 1
  fmt --y 2''')
parser.add_argument('--x', help='line 1\nline 2\n  indented line 3')
parser.add_argument('--y', type=int, default=5, help='a number')
try:
    parser.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
d = argparse.ArgumentParser(prog='d', formatter_class=argparse.ArgumentDefaultsHelpFormatter, description='Defaults shown.')
d.add_argument('--name', default='world', help='who to greet')
d.add_argument('--times', type=int, default=1, help='how many times')
d.add_argument('--flag', action='store_true', help='a flag')
d.add_argument('--none', help='no default')
d.add_argument('--sup', default=argparse.SUPPRESS, help='suppressed')
d.add_argument('inp', help='input')
d.add_argument('opt', nargs='?', default='o', help='optional positional')
d.add_argument('star', nargs='*', default=[], help='star positional')
d.print_help()
class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass
b = argparse.ArgumentParser(prog='b', formatter_class=Both, description='  keep\n    this', epilog='and  this\n  too')
b.add_argument('--v', default=3, help='v   value')
b.print_help()
v = argparse.ArgumentParser(prog='v')
v.add_argument('-V', '--version', action='version', version='%(prog)s version 1.0 with a very long text that should wrap around because it is longer than the terminal width allows')
try:
    v.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
