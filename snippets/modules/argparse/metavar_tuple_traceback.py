import argparse
p = argparse.ArgumentParser()
p.add_argument('--x', metavar=('a','b'))
