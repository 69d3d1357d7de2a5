# buffer_info() gives (address, length); length times itemsize is the byte size a view reports.
import array
for tc, items in [('b', [1, 2, 3]), ('d', [0.5] * 4), ('u', 'abc'), ('Q', [])]:
    a = array.array(tc, items)
    addr, n = a.buffer_info()
    print(tc, type(addr).__name__, n == len(a), n * a.itemsize == memoryview(a).nbytes)
