# except* inside generators: clauses that yield, re-raise after resuming, throw() into a clause and send() to one.
def g(exc):
    try:
        yield 'start'
        raise exc
    except* ValueError as e:
        yield 'v ' + repr(e)
    except* TypeError as e:
        yield 't ' + repr(e)
        raise
    else:
        yield 'else'
    finally:
        yield 'finally'
    yield 'after'

def run(exc):
    try:
        for x in g(exc):
            print(x)
    except BaseException as e:
        print('out', repr(e))

run(ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)]))
run(ValueError(5))
run(KeyError(6))
run(ExceptionGroup('h', [ValueError(1)]))

def h():
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            yield 1
        except GeneratorExit:
            print('closing')
            raise
    except* TypeError:
        print('no yield here')
it = h()
print(next(it))
try:
    it.close()
except RuntimeError as e:
    print(e)
it = h()
print(next(it))
try:
    it.throw(OSError('thrown'))
except BaseException as e:
    print(repr(e))
def k():
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        x = yield 'in v'
        print('sent', x)
    except* 5:
        yield 'never'
it = k()
print(next(it))
try:
    it.send('hello')
except BaseException as e:
    print(repr(e), repr(e.__context__))
