import argparse
import sys
import os
os.environ['COLUMNS'] = '80'
parser = argparse.ArgumentParser(description='Process some integers.')
parser.add_argument('integers', metavar='N', type=int, nargs='+',
                    help='an integer for the accumulator')
parser.add_argument('--sum', dest='accumulate', action='store_const',
                    const=sum, default=max,
                    help='sum the integers (default: find the max)')
args = parser.parse_args(['1', '2', '3', '4'])
print(args.accumulate(args.integers))
args = parser.parse_args(['1', '2', '3', '4', '--sum'])
print(args.accumulate(args.integers))
parser.print_help()
print(args)
sys.argv = ['prog.py', '7', '--sum', '8']
print(parser.parse_args())
parser.parse_args(['a'])
