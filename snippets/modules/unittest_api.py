# The loader, suite and TestCase API by hand: names, reprs, equality,
# argument errors and the deprecated module-level helpers' warnings.
import unittest, io, sys
class T(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): self.assertEqual(1, 1)
    def helper(self): pass
s = unittest.makeSuite(T)
print(s)
print(unittest.getTestCaseNames(T, 'test'))
print(unittest.findTestCases(sys.modules['__main__']).countTestCases())
L = unittest.TestLoader()
print(L.loadTestsFromName('T.test_a', sys.modules['__main__']))
print(L.loadTestsFromNames(['T', 'T.test_b'], sys.modules['__main__']))
print(L.getTestCaseNames(T))
L.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(L.getTestCaseNames(T))
L.testMethodPrefix = 'help'
print(L.getTestCaseNames(T))
print(unittest.TestResult())
t = T('test_a')
print(t == T('test_a'), t != T('test_b'), hash(t) == hash(T('test_a')), t.countTestCases(), t.shortDescription())
try:
    T('nope')
except ValueError as e:
    print(e)
suite = unittest.TestSuite()
try:
    suite.addTest(T)
except TypeError as e:
    print(e)
try:
    suite.addTest(5)
except TypeError as e:
    print(e)
try:
    suite.addTests("abc")
except TypeError as e:
    print(e)
print(unittest.TestCase.failureException, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
print(unittest.SkipTest("x"), repr(unittest.SkipTest("x")), unittest.SkipTest.__module__)
print(unittest.TextTestRunner.__module__, unittest.TestLoader().__class__.__name__)
try:
    t.assertRaises(ValueError, msg="m")
except Exception as e:
    print(type(e).__name__, e)
cm = t.assertRaises(ValueError)
print(type(cm).__name__)
try:
    with t.assertRaises(3):
        pass
except TypeError as e:
    print(e)
try:
    t.assertRaises(ValueError, foo=1)
except TypeError as e:
    print(e)
try:
    t.assertAlmostEqual(1, 2, places=1, delta=2)
except TypeError as e:
    print(e)
print(t.debug())
print(unittest.FunctionTestCase(lambda: None))
