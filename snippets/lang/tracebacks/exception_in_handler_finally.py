# An error inside a finally block replaces the original exception in flight.
def risky():
    try:
        raise KeyError("original")
    finally:
        print("finally runs")
        [].pop()

risky()
