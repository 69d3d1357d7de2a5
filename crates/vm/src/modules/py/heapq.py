"""Heap queue algorithm (a.k.a. priority queue): lists kept so that
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2], smallest first."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (lazily,
    ties in the order of the inputs)."""
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), order, value, it])
            break
    while entries:
        # The entries stay in input order: a strict comparison keeps the
        # earliest input among equal values.
        best = 0
        for i in range(1, len(entries)):
            if reverse:
                if entries[best][0] < entries[i][0]:
                    best = i
            elif entries[i][0] < entries[best][0]:
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements of the iterable, as sorted(iterable,
    key=key)[:n] gives them."""
    if n <= 0:
        return []
    #@line 483
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements of the iterable, as sorted(iterable,
    key=key, reverse=True)[:n] gives them."""
    if n <= 0:
        return []
    #@line 543
    return sorted(iterable, key=key, reverse=True)[:n]
