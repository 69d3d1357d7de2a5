# Exported bytearrays cannot change length; same-length writes and no-op resizes still work.
data = bytearray(b'abcdef')
view = memoryview(data)

def attempt(label, op):
    try:
        op()
        print(label, 'ok', data)
    except BufferError as e:
        print(label, 'BufferError:', e)
    except Exception as e:
        print(label, type(e).__name__, e)

def iadd(x):
    global data
    data += x

def imul(n):
    global data
    data *= n

def setslice(k, v):
    data[k] = v

def delitem(k):
    del data[k]

attempt('append', lambda: data.append(1))
attempt('extend', lambda: data.extend(b'xy'))
attempt('extend empty', lambda: data.extend(b''))
attempt('extend []', lambda: data.extend([]))
attempt('+= bytes', lambda: iadd(b'z'))
attempt('+= empty', lambda: iadd(b''))
attempt('*= 2', lambda: imul(2))
attempt('*= 1', lambda: imul(1))
attempt('pop', lambda: data.pop())
attempt('remove', lambda: data.remove(ord('a')))
attempt('remove missing', lambda: data.remove(ord('z')))
attempt('insert', lambda: data.insert(0, 1))
attempt('clear', lambda: data.clear())
attempt('del item', lambda: delitem(0))
attempt('del empty slice', lambda: delitem(slice(3, 3)))
attempt('del step slice', lambda: delitem(slice(None, None, 2)))
attempt('grow slice', lambda: setslice(slice(0, 1), b'XY'))
attempt('same-size slice', lambda: setslice(slice(0, 2), b'XY'))
attempt('step slice', lambda: setslice(slice(None, None, 2), b'123'))
attempt('step slice empty', lambda: setslice(slice(None, None, 2), b''))
attempt('item', lambda: setslice(-1, 33))
attempt('reverse', lambda: data.reverse())
view.release()
attempt('append after release', lambda: data.append(1))
