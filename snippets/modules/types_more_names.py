import sys, types
print(types.FrameType is type(sys._getframe()), types.CodeType is type((lambda: 0).__code__))
print(types.CellType is type((lambda x: lambda: x)(1).__closure__[0]))
try:
    1 / 0
except ZeroDivisionError as e:
    print(types.TracebackType is type(e.__traceback__))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
print(types.ClassMethodDescriptorType)
for t in [types.FrameType, types.UnionType, types.ClassMethodDescriptorType]:
    try:
        t()
    except TypeError as e:
        print(e)
for a, k in [((list,), {}), ((list, int), {"x": 1})]:
    try:
        types.GenericAlias(*a, **k)
    except TypeError as e:
        print(e)
