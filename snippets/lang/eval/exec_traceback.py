# Tracebacks through exec'd code show "<string>" frames without source lines.
def helper():
    return {}["missing"]


code = "def inner():\n    return helper()\n\nx = 1\ninner()"
try:
    exec(code)
except KeyError as e:
    print("caught", repr(e))
exec(code)
