import getopt, sys
try:
    getopt.getopt(['--output'], 'ho:v', ['help', 'output='])
except getopt.GetoptError as err:
    print(err)
opts, args = getopt.getopt(['-x'], 'ho:v', ['help', 'output='])
