# Failures and errors, their tracebacks (unittest's own frames left out)
# and CPython's messages and diffs; main exits with status 1.
import io
import re
import sys
import unittest


class Failing(unittest.TestCase):
    def test_equal(self):
        self.assertEqual(1, 2)

    def test_list(self):
        self.assertEqual([1, 2], [1, 3])

    def test_list_length(self):
        self.assertListEqual([1, 2, 3], [1])

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_multiline(self):
        self.assertEqual('hello\nworld\n', 'hello\nword\n')

    def test_string(self):
        self.assertEqual('spam and eggs', 'spam and legs')

    def test_long_repr(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

    def test_in(self):
        self.assertIn('a', 'b')

    def test_true(self):
        self.assertTrue(False)

    def test_msg(self):
        self.assertEqual(1, 2, msg='custom')

    def test_helper(self):
        self.check(3)

    def check(self, value):
        self.assertGreater(value, 5)

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    def test_error(self):
        x = 1
        return x / 0

    def test_chained(self):
        try:
            {}['k']
        except KeyError:
            raise ValueError('bad')

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_count(self):
        self.assertCountEqual('aab', 'abb')

    def test_group(self):
        raise ExceptionGroup('grp', [ValueError(1), TypeError(2)])

    def test_note(self):
        e = ValueError('with a note')
        e.add_note('the note')
        raise e

    def test_nested_helper(self):
        def inner():
            self.assertEqual('a', 'b')
        inner()

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


stream = io.StringIO()
try:
    unittest.main(argv=['unittest_fail'],
                  testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    sys.stderr.write(re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()))
    print('exit code:', e.code)
    raise
