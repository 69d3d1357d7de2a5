# An uncaught ZeroDivisionError inside nested calls shows every frame with carets.
def ratio(a, b):
    return a / b

def report(values):
    total = sum(values)
    return [ratio(v, total) for v in values]

print(report([1, 3]))
print(report([0, 0]))
