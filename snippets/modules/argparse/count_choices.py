import argparse, os
os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(prog='square')
parser.add_argument("square", type=int, help="display a square of a given number")
parser.add_argument("-v", "--verbosity", action="count", default=0, help="increase output verbosity")
parser.add_argument("--level", choices=['low', 'mid', 'high'], default='low')
parser.add_argument("--ratio", type=float, default=0.5, help="ratio (default: %(default)s)")
print(parser.format_usage())
print(parser.format_help())
for argv in (["4"], ["4", "-vvv"], ["-v", "4", "-v"], ["--level", "z", "1"], ["--ratio", "x", "1"], ["--lev", "high", "2"], ["--ratio=2.5", "3"], ["--verb", "3"], []):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
