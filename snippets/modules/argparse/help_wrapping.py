import argparse, os
os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='a_rather_long_program_name_for_testing')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    p.add_argument('--' + name, metavar=name.upper() + '_VALUE', help='the %s parameter, which controls a number of interesting things in this program' % name)
p.add_argument('input', help='input file')
p.add_argument('output', nargs='?', help='output file')
m = p.add_mutually_exclusive_group()
m.add_argument('--on', action='store_true')
m.add_argument('--off', action='store_true')
p.print_help()
q = argparse.ArgumentParser(prog='x' * 70)
q.add_argument('--one', help='1')
q.add_argument('--two', help='2')
q.add_argument('--three', nargs='+', help='3')
q.add_argument('pos', nargs='*')
q.print_usage()
os.environ['COLUMNS'] = '40'
p.print_help()
