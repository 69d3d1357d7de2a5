# A dict display evaluates each run of key: value pairs before storing them, and reports an unhashable key at the whole display
try:
    {[1]: 1, 2: print("evaluated before the error")}
except TypeError as e:
    print(e)
try:
    {[1]: 1, **{print("not reached"): 2}}
except TypeError as e:
    print(e)


class K:
    def __hash__(self):
        raise ValueError("no hash")


d = {1: 2,
     K(): 3}
