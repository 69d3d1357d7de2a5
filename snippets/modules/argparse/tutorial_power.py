import argparse, os
os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(description="calculate X to the power of Y")
group = parser.add_mutually_exclusive_group()
group.add_argument("-v", "--verbose", action="store_true")
group.add_argument("-q", "--quiet", action="store_true")
parser.add_argument("x", type=int, help="the base")
parser.add_argument("y", type=int, help="the exponent")
parser.print_help()
for argv in (["4", "2"], ["4", "2", "-v"], ["-q", "3", "3"], ["-vq", "1", "2"], ["1"], ["a", "2"], ["1", "2", "3"]):
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        continue
    answer = args.x**args.y
    if args.quiet:
        print(answer)
    elif args.verbose:
        print(f"{args.x} to the power {args.y} equals {answer}")
    else:
        print(f"{args.x}^{args.y} == {answer}")
    print(args)
