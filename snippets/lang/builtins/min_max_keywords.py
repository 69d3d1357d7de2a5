# min()/max() keyword errors: an unknown keyword, and more than their two keywords
for call in ["min([1], x=1)", "max(1, 2, x=1)", "min([], default=1, key=len, x=1)", "max([3], key=None, default=0)"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, "->", e)
