# Bare raise re-raises the active exception; exception variables are cleared.
def process():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    process()
except ValueError as e:
    print("outer got:", e)

try:
    raise KeyError("a")
except KeyError as err:
    saved = err
try:
    err
except NameError as ne:
    print("NameError:", ne)
print(repr(saved))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
