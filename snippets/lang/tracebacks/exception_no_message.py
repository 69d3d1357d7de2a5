# Uncaught exceptions without a message, and with several args.
def f(flag):
    if flag:
        raise ValueError("first", 2)
    raise NotImplementedError
try:
    f(True)
except ValueError as e:
    print("caught", e)
f(False)
