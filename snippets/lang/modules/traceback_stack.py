# traceback.print_stack/format_stack/extract_stack from functions, class bodies, comprehensions, generators
import traceback, sys
def f():
    traceback.print_stack()
    print(traceback.format_stack(limit=1))
    last = traceback.extract_stack()[-1]
    print(repr(last).replace(last.filename, 'FILE'))
    for fs in traceback.extract_stack():
        print(fs.filename.rsplit('/')[-1], fs.lineno, fs.name, repr(fs.line))
    traceback.print_stack(file=sys.stdout)
def g():
    f()
g()
class C:
    traceback.print_stack(file=sys.stdout)
[traceback.print_stack(file=sys.stdout) for _ in [1]]
def gen():
    yield traceback.extract_stack(limit=2)
print([(fs.name, fs.lineno, fs.line) for fs in next(gen())])
traceback.print_stack(sys._getframe(), limit=1, file=sys.stdout)
