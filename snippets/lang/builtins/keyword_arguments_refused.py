# Methods that take no keyword arguments say so (one keyword in place of the one argument used to crash set.add)
import array
calls = ["set().add(x=1)", "set().discard(x=1)", "set().pop(x=1)", "frozenset().union(x=1)", "set().union([1], x=1)",
         "[].insert(x=1, y=2)", "globals(x=1)", "locals(x=1)", "{}.keys().isdisjoint(x=1)", "array.array('i').append(x=1)",
         "array.array('i').insert(i=0, x=1)", "bytearray().append(x=1)", "(1).bit_length(x=1)"]
for c in calls:
    try:
        print(c, eval(c))
    except TypeError as e:
        print(c, "->", e)
