# An uncaught AssertionError with a message shows the assert line.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
check_positive(1)
check_positive(-3)
