# A module whose code raises is not kept in sys.modules: importing it again reruns it.
import sys
for attempt in range(2):
    try:
        import _fails
    except ValueError as e:
        print(attempt, e, "_fails" in sys.modules)
print("_fails" in dir())
