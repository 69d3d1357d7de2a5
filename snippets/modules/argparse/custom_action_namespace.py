import argparse, os
os.environ['COLUMNS'] = '80'
class FooAction(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError("nargs not allowed")
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        print('%r %r %r' % (namespace, values, option_string))
        setattr(namespace, self.dest, values.upper())
p = argparse.ArgumentParser(prog='custom')
p.add_argument('--foo', action=FooAction)
p.add_argument('bar', action=FooAction)
print(p.parse_args('1 --foo 2'.split()))
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, 'z' in ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace())
print(vars(ns))
ns2 = p.parse_args(['q'], namespace=argparse.Namespace(extra=True))
print(ns2)
print(repr(p._actions[1]))
print(p)
print(argparse.FileType('r'), argparse.FileType('wb', 0))
