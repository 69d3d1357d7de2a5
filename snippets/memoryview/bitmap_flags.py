# A bitmap of feature flags stored one byte per flag and read through a '?' view.
names = ['read', 'write', 'exec', 'hidden', 'system']
store = bytearray(len(names))
flags = memoryview(store).cast('?')
flags[0] = True
flags[2] = 1
flags[4] = 'on'
print([n for n, f in zip(names, flags) if f])
print(flags.tolist(), store)
flags[2] = []
print(sum(flags), flags.count if False else len(flags))
store[3] = 7
print(flags[3], flags.tolist())
