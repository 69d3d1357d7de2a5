# The uncaught SystemError (with its ValueError cause) of calling iter() on a released view.
m = memoryview(b'abc')
print(list(m))
m.release()
iter(m)
