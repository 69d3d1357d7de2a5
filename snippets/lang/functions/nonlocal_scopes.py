# nonlocal rebinding across nested functions; reading before assignment.
def accumulator():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(n)
        return total
    def report():
        return total, list(history)
    return add, report

add, report = accumulator()
add(5)
add(10)
print(report())

def two_levels():
    value = 1
    def level1():
        def level2():
            nonlocal value
            value *= 10
        level2()
        level2()
    level1()
    return value

print(two_levels())

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(shadow())

def unbound():
    y = 1
    def inner():
        print(y)
        y = 2
    inner()
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
