# An exported array refuses every operation that would change its length.
import array
a = array.array('i', [1, 2, 3, 4])
view = memoryview(a)

def attempt(label, op):
    try:
        op()
        print(label, 'ok', a.tolist())
    except BufferError as e:
        print(label, 'BufferError:', e)
    except Exception as e:
        print(label, type(e).__name__, e)

def iadd(x):
    global a
    a += x

def imul(n):
    global a
    a *= n

def setitem(k, v):
    a[k] = v

def delitem(k):
    del a[k]

attempt('append', lambda: a.append(5))
attempt('append bad', lambda: a.append('x'))
attempt('extend', lambda: a.extend([5]))
attempt('extend []', lambda: a.extend([]))
attempt('extend empty array', lambda: a.extend(array.array('i')))
attempt('fromlist', lambda: a.fromlist([5]))
attempt('fromlist []', lambda: a.fromlist([]))
attempt('frombytes', lambda: a.frombytes(b'\x00' * 4))
attempt('frombytes empty', lambda: a.frombytes(b''))
attempt('insert', lambda: a.insert(0, 0))
attempt('pop', lambda: a.pop())
attempt('remove', lambda: a.remove(1))
attempt('remove missing', lambda: a.remove(9))
attempt('+=', lambda: iadd(array.array('i', [9])))
attempt('+= empty', lambda: iadd(array.array('i')))
attempt('*= 2', lambda: imul(2))
attempt('*= 1', lambda: imul(1))
attempt('*= 0', lambda: imul(0))
attempt('del item', lambda: delitem(0))
attempt('del empty slice', lambda: delitem(slice(2, 2)))
attempt('slice grow', lambda: setitem(slice(0, 1), array.array('i', [7, 7])))
attempt('slice same size', lambda: setitem(slice(0, 2), array.array('i', [7, 8])))
attempt('slice empty to empty', lambda: setitem(slice(2, 2), array.array('i')))
attempt('step slice', lambda: setitem(slice(None, None, 2), array.array('i', [0, 0])))
attempt('step slice mismatch', lambda: setitem(slice(None, None, 2), array.array('i', [0])))
attempt('item', lambda: setitem(-1, 40))
attempt('reverse', lambda: a.reverse())
attempt('byteswap', lambda: a.byteswap())
view.release()
attempt('append after release', lambda: a.append(5))
