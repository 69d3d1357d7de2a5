# `case` is a soft keyword: outside a match it is a name.
x = 1
case 1:
    pass
