# With sys.excepthook deleted, CPython says so before its own report.
import sys

print("start")
del sys.excepthook
raise ValueError("deleted hook")
