# Unbounded recursion: RecursionError with the repeated-line summary.
def walk(n):
    return walk(n + 1)

walk(0)
