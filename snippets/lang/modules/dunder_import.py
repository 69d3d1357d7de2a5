# __import__ as a function: the top package of a dotted name, the leaf with a fromlist, CPython's argument errors.
m = __import__("struct")
print(m.calcsize("<hI"), __import__("struct", globals(), locals(), [], 0) is m)
print(__import__(name="math").floor(2.5), __import__)
for bad in [(), (1,), ("",), ("x", None, None, (), -1), ("x", {}, None, (), 1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e.name)


def outer():
    # nonlocal in a class body rebinds the enclosing function's variable.
    count = 1

    class Counter:
        nonlocal count
        count += 1
        seen = count

    return count, Counter.seen, hasattr(Counter, "count")


print(outer())
err = ValueError(1)
try:
    err.args = 5
except TypeError as e:
    print("args:", e)
err.args = "ab"
print(err.args, err)
__import__("no_such_module_here")
