import argparse, os, textwrap
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
    description=textwrap.dedent('''\
        Please do not mess up this text!
        --------------------------------
            I have indented it
            exactly the way
            I want it
        '''))
p.add_argument('--x', help='a    help\n   with lines')
p.print_help()
p2 = argparse.ArgumentParser(prog='raw2', formatter_class=argparse.RawTextHelpFormatter, description='line one\n  line two')
p2.add_argument('--x', help='a    help\n   with lines')
p2.add_argument('--a-very-long-option-name-here', metavar='VALUE', help='goes on the next line because it is long')
p2.print_help()
