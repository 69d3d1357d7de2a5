# walk_stack(None) starts at the caller of StackSummary.extract, as in
# CPython; a sequence iterator deep-copies through its __reduce__.
import copy
import traceback


def inner():
    return traceback.StackSummary.extract(traceback.walk_stack(None))


for fs in inner():
    print(fs.name, fs.lineno, fs.line)
it = iter([1, 2, 3])
next(it)
print(list(copy.deepcopy(it)), list(copy.copy(iter("ab"))), list(it))
print('__reduce__' in type(iter(())).__dict__)
print(list(copy.deepcopy(iter([]))))
