import argparse, os
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo', nargs=2, metavar=('A', 'B'))
p.add_argument('--bar', nargs='?', const='c', default='d')
p.add_argument('--baz', nargs='*')
p.add_argument('--qux', nargs='+', type=int)
p.add_argument('pos', nargs='?', default='P')
p.add_argument('rest', nargs=argparse.REMAINDER)
p.print_help()
for argv in ([], ['--foo', '1', '2'], ['--foo', '1'], ['--bar'], ['--bar', 'x', 'y', 'z'], ['--baz', '--qux', '1', '2'], ['--qux'], ['--qux', 'a'], ['a', '--', '-x'], ['--', '-x', '-y']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
