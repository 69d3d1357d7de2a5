import reprlib
from array import array
from collections import deque

r = reprlib.repr
print(r(list(range(100))), r(tuple(range(3))), r((1,)), r(tuple(range(20))))
print(r('x' * 100), r('short'), r(b'bytes' * 20), r(2 ** 200), r(-(10 ** 50)))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}), r({1: 'a', 'b': 2}))
print(r(set(range(20))), r(set()), r(frozenset(range(10))), r(frozenset()))
print(r(deque(range(10))), r(array('i', range(10))), r(array('d')), r(array('b', [1])))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(range(1000)), r(3.14159), r(None), r(True))


class Long:
    def __repr__(self):
        return 'L' * 50


class Broken:
    def __repr__(self):
        raise ValueError('nope')


print(r(Long()), r(Broken()).startswith('<Broken instance at 0x'))
a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.maxdict = 1
a.maxlong = 8
a.fillvalue = '~'
print(a.repr(list(range(10))), a.repr('abcdefghijklmnop'), a.repr([[1, [2]]]), a.repr({1: 2, 3: 4}), a.repr(10 ** 20))
print(a.maxtuple, a.maxset, a.maxfrozenset, a.maxdeque, a.maxarray, a.maxother)


class MyList(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'


m = MyList([1, 2])
m.append(m)
print(repr(m), MyList.__repr__.__name__, MyList.__repr__.__qualname__)


class Node:
    def __init__(self):
        self.child = self

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Node(%r)' % (self.child,)


print(Node())


class Sub(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int'


print(Sub().repr([1, 'a', 2]))
reprlib.Repr(maxlist=3)
