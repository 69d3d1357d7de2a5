"""Heap queue algorithm (a.k.a. priority queue): lists kept so that
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2], smallest first."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(func, heap):
    if not isinstance(heap, list):
        raise TypeError(f"{func}() argument 1 must be list, not {type(heap).__name__}")


def _bubble_up(heap, top, pos):
    # Moves heap[pos] towards the root until its parent (down to index
    # top) is not greater.
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Fills the hole at pos with the smaller child all the way to a leaf,
    # puts the item there, then lets it bubble back up: fewer comparisons
    # than stopping early, as CPython does.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list('heappop', heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list('heapify', heap)
    for i in reversed(range(len(heap) // 2)):
        _sink(heap, i)


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
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements of the iterable, as sorted(iterable,
    key=key, reverse=True)[:n] gives them."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
