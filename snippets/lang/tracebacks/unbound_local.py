# UnboundLocalError when a local is read before assignment.
total = 0
def add(n):
    total += n
    return total
add(1)
