import getopt
def show(f, *a):
    try:
        print(f.__name__, f(*a))
    except getopt.GetoptError as e:
        print(f.__name__, 'GetoptError:', e, '|', repr(e.msg), repr(e.opt), e.args)
for f in (getopt.getopt, getopt.gnu_getopt):
    show(f, ['-a', '-b', 'x', 'file'], 'ab:')
    show(f, ['-abx', 'file', '-a'], 'ab:')
    show(f, ['-b'], 'ab:')
    show(f, ['-c'], 'ab:')
    show(f, ['--verbose', '--out=f', '--out', 'g', 'rest'], 'v', ['verbose', 'out='])
    show(f, ['--verb', '--ou', 'x'], '', ['verbose', 'out='])
    show(f, ['--v'], '', ['verbose', 'version'])
    show(f, ['--verbose=3'], '', ['verbose'])
    show(f, ['--out'], '', ['out='])
    show(f, ['--nope'], '', ['out='])
    show(f, ['--', '-a'], 'a')
    show(f, ['-', '-a'], 'a')
    show(f, ['x', '-a', '--', '-b'], 'ab')
    show(f, ['--foo'], '', 'foo')
    show(f, ['-a:'], 'a:')
    show(f, ['-:'], 'a:')
    show(f, ['--out=', 'x'], '', ['out='])
show(getopt.gnu_getopt, ['x', '-a'], '+a')
print(getopt.error is getopt.GetoptError, repr(getopt.GetoptError('m')), str(getopt.GetoptError('m', 'o')))
