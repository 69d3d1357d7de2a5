import getopt, sys

def usage():
    print("usage: prog [-h] [-o FILE] [-v] args...")

def main(argv):
    try:
        opts, args = getopt.getopt(argv, "ho:v", ["help", "output="])
    except getopt.GetoptError as err:
        print(err)
        usage()
        return 2
    output = None
    verbose = False
    for o, a in opts:
        if o == "-v":
            verbose = True
        elif o in ("-h", "--help"):
            usage()
            return 0
        elif o in ("-o", "--output"):
            output = a
        else:
            assert False, "unhandled option"
    print(output, verbose, args)
    return 0

for argv in (['-v', '-o', 'out.txt', 'a', 'b'], ['--output=x', '--', '-v'], ['--help'], ['-z'], ['--out', 'f', 'x', '-v'], []):
    print(main(argv))
print(getopt.gnu_getopt(['--out', 'f', 'x', '-v'], 'v', ['output=']))
sys.exit(main(['-q']))
