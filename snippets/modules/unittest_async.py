# IsolatedAsyncioTestCase: sync and async fixtures, async cleanups and
# context managers, tasks on the test's own loop, in CPython's order.
import asyncio, unittest, io, re

log = []

class Ctx:
    async def __aenter__(self):
        log.append('aenter')
        return 'ctx'
    async def __aexit__(self, *a):
        log.append('aexit')

class A(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append('setUp')
    async def asyncSetUp(self):
        log.append('asyncSetUp')
        self.value = await self.enterAsyncContext(Ctx())
    async def asyncTearDown(self):
        log.append('asyncTearDown')
    def tearDown(self):
        log.append('tearDown')
    async def test_sleep(self):
        await asyncio.sleep(0)
        self.addAsyncCleanup(self.cleanup, 'x')
        self.assertEqual(self.value, 'ctx')
        log.append('test_sleep')
    async def cleanup(self, v):
        log.append('cleanup ' + v)
    def test_sync(self):
        log.append('test_sync')
    async def test_tasks(self):
        t = asyncio.create_task(asyncio.sleep(0, 'r'))
        self.assertEqual(await t, 'r')
        self.assertEqual(await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2)), [1, 2])

stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(A))
print(re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()), end='')
print(log)
print(r.wasSuccessful())
