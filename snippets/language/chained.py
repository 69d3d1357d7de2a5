# Chained exceptions print both tracebacks.
def load(b):
    try:
        return b[10]
    except IndexError as e:
        raise ValueError('bad buffer') from e

try:
    load(b'abc')
except ValueError as e:
    print('caught:', e)

def convert(s):
    try:
        return int(s)
    except ValueError:
        return len(s) / 0

convert('abc')
