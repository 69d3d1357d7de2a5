# Passing tests under unittest.main with a runner on a StringIO: the
# report without its timing, and the exit code main would give.
import io
import re
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_containers(self):
        self.assertIn(2, [1, 2, 3])
        self.assertNotIn(4, {1: 2})
        self.assertCountEqual([3, 1, 2, 1], [1, 1, 2, 3])
        self.assertDictEqual({'a': 1}, dict(a=1))
        self.assertSetEqual({1, 2}, frozenset([2, 1]))
        self.assertTupleEqual((1, 2), (1, 2))

    def test_numbers(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(10, 12, delta=2)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)

    def test_identity(self):
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIsInstance(True, int)
        self.assertNotIsInstance(1, str)
        self.assertTrue([0])
        self.assertFalse('')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print('caught:', repr(cm.exception))
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertRaisesRegex(ValueError, r'base \d+'):
            int('z')
        self.assertRegex('spam and eggs', 'e+g')
        self.assertNotRegex('spam', 'x')

    @unittest.skip('demonstrating skips')
    def test_skipped(self):
        self.fail('never runs')

    @unittest.skipUnless(False, 'condition false')
    def test_skipped_unless(self):
        self.fail('never runs')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)


class Later(unittest.TestCase):
    def runTest(self):
        pass

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)


stream = io.StringIO()
program = unittest.main(argv=['unittest_pass'], exit=False,
                        testRunner=unittest.TextTestRunner(stream=stream))
print(re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()), end='')
result = program.result
print(result.testsRun, len(result.skipped), len(result.expectedFailures),
      result.wasSuccessful())
