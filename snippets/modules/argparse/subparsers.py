import argparse, os
os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(prog='git')
parser.add_argument('--debug', action='store_true', help='debug mode')
sub = parser.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add files', aliases=['a'])
a.add_argument('files', nargs='+', help='files to add')
a.add_argument('-f', '--force', action='store_true')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.set_defaults(func='commit-func')
s = sub.add_parser('status')
parser.print_help()
a.print_help()
c.print_usage()
for argv in (['add', 'x', 'y'], ['a', '-f', 'z'], ['commit', '-m', 'hi'], ['commit'], ['push'], [], ['--debug', 'status'], ['add']):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
