import argparse, os
os.environ['COLUMNS'] = '80'
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int, default=1, help='from the parent')
p = argparse.ArgumentParser(prog='tool', parents=[parent], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = p.add_argument_group('network', 'Options for the network layer.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, default=8080, help='port number')
m = p.add_mutually_exclusive_group(required=True)
m.add_argument('--json', action='store_true', help='json output')
m.add_argument('--xml', action='store_true', help='xml output')
p.add_argument('files', nargs='*', default=['-'], help='input files')
p.print_help()
for argv in (['--json'], [], ['--json', '--xml'], ['--xml', '--port', '1', 'a', 'b'], ['--json', '--parent', '5']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
