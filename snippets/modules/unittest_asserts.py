# The failure message of each assert method, with and without msg= and
# longMessage, caught around calls on a TestCase made by hand.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f'{name}: {e}')
    except Exception as e:
        print(f'{name}: {type(e).__name__}: {e}')
    else:
        print(f'{name}: passed')


show('assertEqual', 1, 2)
show('assertEqual', 'a', 'b')
show('assertEqual', [1, 2, 3], [1, 2, 4, 5])
show('assertEqual', (1, [2]), (1, [3]))
show('assertEqual', {'k': [1, 2]}, {'k': [1, 3], 'j': 0})
show('assertEqual', 'one\ntwo\nthree\n', 'one\n2\nthree\n')
show('assertEqual', 'same line', 'same lime')
show('assertEqual', list(range(40)), list(range(41)))
show('assertEqual', 1, 2, 'explained')
show('assertNotEqual', 'x', 'x')
show('assertTrue', 0)
show('assertFalse', 'text')
show('assertIs', 1, None)
show('assertIsNot', None, None)
show('assertIsNone', [1])
show('assertIsNotNone', None)
show('assertIn', 3, [1, 2])
show('assertNotIn', 'b', 'abc')
show('assertIsInstance', 1, str)
show('assertNotIsInstance', 'a', str)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertLess', 2, 1)
show('assertLessEqual', 3, 1)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.1, places=3)
show('assertAlmostEqual', 5, 9, delta=1)
show('assertAlmostEqual', 1, 2, places=1, delta=1)
show('assertNotAlmostEqual', 1.0, 1.0 + 1e-9)
show('assertNotAlmostEqual', 3, 4, delta=2)
show('assertCountEqual', [1, 1, 2], [1, 2, 2])
show('assertCountEqual', [[1], [2]], [[2], [2]])
show('assertSetEqual', {1, 2}, {3})
show('assertSetEqual', {1}, [1])
show('assertDictEqual', {1: 2}, [])
show('assertListEqual', [1], (1,))
show('assertTupleEqual', (1, 2), (1,))
show('assertSequenceEqual', 'abc', 'abd')
show('assertMultiLineEqual', 'a\nb', 'a\nc')
show('assertRegex', 'text', r'\d')
show('assertNotRegex', 'abc123', r'\d+')
show('assertRaises', ValueError, int, '1')
show('assertRaises', 'ValueError', int, '1')
show('assertRaisesRegex', ValueError, 'nope', int, 'x')
show('assertWarns', UserWarning, lambda: None)
show('assertWarnsRegex', UserWarning, 'other',
     lambda: warnings.warn('message', UserWarning))
show('fail')
show('fail', 'reason')

with t.assertRaises(TypeError, msg='context msg') as cm:
    len(5)
print(type(cm.exception).__name__, cm.exception.__traceback__)
try:
    with t.assertRaises(TypeError, msg='context msg'):
        pass
except AssertionError as e:
    print(e)
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn('old', DeprecationWarning)
print(cm.warning, cm.lineno)

t.longMessage = False
show('assertEqual', 1, 2, 'only the message')
show('assertEqual', 1, 2)
t.longMessage = True
t.maxDiff = 10
show('assertEqual', [1, 2], [1, 3])
t.maxDiff = None
show('assertEqual', 'a' * 90, 'a' * 89 + 'b')
show('skipTest', 'why')
