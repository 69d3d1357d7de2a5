# An uncaught formatting error: an int spec applied to a string.
def show(label, value):
    return "{:<10}{:>8d}".format(label, value)

print(show("count", 42))
print(show("name", "Ada"))
