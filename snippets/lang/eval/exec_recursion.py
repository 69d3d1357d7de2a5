# Unbounded exec recursion ends in CPython's RecursionError, not a crash.
s = "exec(s)"
exec(s)
