# StringIO.__init__ called again starts the stream over: open, empty,
# with the new newline mode and initial value.
from io import StringIO
f = StringIO(newline=None)
f.write('\r')
print(repr(f.newlines))
f.__init__('x\n', newline=None)
print(repr(f.newlines), repr(f.getvalue()), f.tell())
f.close()
f.__init__('again')
print(f.closed, f.read())
try: f.__init__(newline='bad')
except ValueError as e: print(e)
print(f.getvalue(), f.closed)
