# try/except/else/finally, raise, and exception objects.
def risky(n):
    if n == 0:
        raise ValueError('zero is not allowed')
    return 10 / n

for n in [2, 0]:
    try:
        r = risky(n)
    except ValueError as e:
        print('caught', type(e).__name__, e, e.args)
    else:
        print('result', r)
    finally:
        print('done', n)
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    [1, 2][5]
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 / 0
except ArithmeticError as e:
    print(repr(e))
try:
    try:
        int('x')
    except ValueError:
        raise RuntimeError('wrapped')
except RuntimeError as e:
    print(e)
print(ValueError('a', 1), repr(ValueError()), str(KeyError('k')))
assert 1 + 1 == 2
try:
    assert False, 'custom message'
except AssertionError as e:
    print('assert:', e)
raise KeyError('final')
