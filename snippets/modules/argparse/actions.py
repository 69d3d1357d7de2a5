import argparse, os
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='PROG', description='An example with a long description that will certainly need to be wrapped because it goes on and on and on for many words.', epilog='See the manual for more.')
p.add_argument('-I', action='append', dest='includes', default=[], help='include dir')
p.add_argument('--str', dest='types', action='append_const', const=str)
p.add_argument('--int', dest='types', action='append_const', const=int)
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='toggle feature')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
p.print_help()
for argv in ([], ['-Ia', '-I', 'b'], ['--str', '--int'], ['--ext', 'a', 'b', '--ext', 'c'], ['--const', '--no-color'], ['--no-feature'], ['--feature'], ['--version']):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
