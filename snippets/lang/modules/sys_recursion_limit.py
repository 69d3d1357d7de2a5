# getrecursionlimit/setrecursionlimit and catching RecursionError.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) < 200)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
