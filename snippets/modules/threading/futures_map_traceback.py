# map() re-raises a call's exception as its results are taken.
from concurrent.futures import ThreadPoolExecutor

def inverse(n):
    return 1 / n

with ThreadPoolExecutor() as pool:
    for r in pool.map(inverse, [1, 2, 0, 4]):
        print(r)
