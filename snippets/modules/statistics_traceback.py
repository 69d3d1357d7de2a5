# An uncaught error inside statistics shows CPython's frames of the module.
import statistics


def average(values):
    return statistics.mean(values)


try:
    statistics.median([1, "a"])
except TypeError as e:
    print(e)
average(["x", 1])
