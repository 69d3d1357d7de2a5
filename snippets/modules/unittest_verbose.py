# verbosity=2 lines: descriptions from docstrings, subtests, skips,
# expected failures; class fixtures and cleanups in their order.
import io
import re
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp')
        self.addCleanup(log.append, 'cleanup')

    def tearDown(self):
        log.append('tearDown')

    def test_documented(self):
        """The first line of the docstring.

        Not this one."""
        log.append('documented')

    def test_subtests(self):
        for i in range(4):
            with self.subTest('parity', i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest():
            raise RuntimeError('in a subtest')

    @unittest.skipIf(True, 'skipped on purpose')
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected_failure(self):
        raise KeyError('expected')


@unittest.skip('class skipped')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no fixture')

    def test_never(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise ValueError('setUp broke')

    def test_a(self):
        pass


class ShortMessages(unittest.TestCase):
    longMessage = False

    def test_msg(self):
        self.assertEqual(1, 2, 'only this message')


stream = io.StringIO()
loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(__import__('__main__'))
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()), end='')
print(log)
print(result)
for test, reason in result.skipped:
    print('skipped:', test.id(), repr(reason))

stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=0).run(
    loader.loadTestsFromTestCase(ShortMessages))
print(re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()), end='')
