# At the recursion limit, the C code a statement runs takes levels of its
# own: print's writes, PyObject_Str, comparisons, method descriptors and
# range's length, each failing with CPython's message.
import sys

sys.setrecursionlimit(120)
L = [3, 1]
D = {"a": 1}
bodies = [
    "pass",
    "print(n, end='')",
    "x = str(n)",
    "x = f'{n}'",
    "x = f'{1.5}'",
    "x = f'{n:d}'",
    "x = '%s' % n",
    "x = '%s-%s' % (n, n)",
    "x = '{}'.format(1.5)",
    "x = format(n)",
    "x = max(n, 1)",
    "x = range(2)",
    "x = n < 5",
    "x = 1 if n < 5 else 2",
    "x = 1 if 1.5 < n else 2",
    "x = 1 if 'a' == 'b' else 2",
    "x = 1 if 'a' < 'b' else 2",
    "x = L.copy()",
    "x = L.count(1)",
    "x = 'a,b'.split(',')",
    "x = 'a'.upper()",
    "x = D.get('a')",
    "x = D.keys()",
    "x = isinstance(n, (int, str))",
    "x = zip(L, L)",
    "x = object()",
    "x = ''.join(map(str, L))",
    "x = [i for i in L]",
]
for body in bodies:
    ns = {"L": L, "D": D}
    exec(f"def f(n):\n    global depth\n    depth = n\n    {body}\n    f(n + 1)\n", ns)
    try:
        ns["f"](1)
    except RecursionError as e:
        print()
        print(body, "|", ns["depth"], e)
