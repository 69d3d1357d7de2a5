# Which bytearray operations count as a resize while a view exists, including empty and same-size edits.
def check(label, setup, op):
    data = bytearray(setup)
    v = memoryview(data)
    try:
        op(data)
        result = 'ok ' + repr(bytes(data))
    except BufferError as e:
        result = 'BufferError'
    except Exception as e:
        result = type(e).__name__ + ': ' + str(e)
    v.release()
    print(label.ljust(28), result)

def setitem(k, v):
    def f(d):
        d[k] = v
    return f

def delitem(k):
    def f(d):
        del d[k]
    return f

check('extended delete (empty)', b'', delitem(slice(None, None, 2)))
check('extended delete (none hit)', b'abc', delitem(slice(5, None, 2)))
check('delete empty slice', b'abc', delitem(slice(1, 1)))
check('assign b[5:2] = b""', b'abcdef', setitem(slice(5, 2), b''))
check('assign b[5:2] = b"x"', b'abcdef', setitem(slice(5, 2), b'x'))
check('assign b[::2] = b"xyz"', b'abcdef', setitem(slice(None, None, 2), b'xyz'))
check('assign b[::2] = []', b'abcdef', setitem(slice(None, None, 2), []))
check('assign b[1:3] = (7, 8)', b'abcdef', setitem(slice(1, 3), (7, 8)))
check('assign b[1:3] = None', b'abcdef', setitem(slice(1, 3), None))
check('assign b[1:3] = 5', b'abcdef', setitem(slice(1, 3), 5))
check('assign b[0] = 300', b'abcdef', setitem(0, 300))
check('assign b[9] = 1', b'abcdef', setitem(9, 1))
check('assign b[2**70] = 1', b'abcdef', setitem(2**70, 1))
check('clear empty', b'', lambda d: d.clear())
check('extend own view', b'ab', lambda d: d.extend(memoryview(d)))
check('extend itself', b'ab', lambda d: d.extend(d))
check('extend str', b'ab', lambda d: d.extend('cd'))
check('extend int', b'ab', lambda d: d.extend(3))
check('append big', b'ab', lambda d: d.append(2**70))
