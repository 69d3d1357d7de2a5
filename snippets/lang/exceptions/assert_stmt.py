# assert with and without messages.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x

print(check(3))
for bad in ("s", -1):
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert True, "never evaluated" + 1
print("done")
