# A suspended generator's frame (gi_frame, cr_frame) and code (gi_code, cr_code).
def g(n):
    total = 0
    for i in range(n):
        total += i
        x = yield total
    return total
it = g(3)
fr = it.gi_frame
print(fr.f_lineno, sorted(fr.f_locals.items()), fr.f_code.co_name, fr.f_back)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
it.send(10)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals["x"], it.gi_code.co_varnames)
list(it)
print(it.gi_frame)
async def co():
    return 1
c = co()
print(c.cr_frame.f_lineno, c.cr_code.co_name)
c.close()
print(c.cr_frame)
def gen2():
    yield
    yield
e = gen2()
print(e.gi_frame.f_code.co_firstlineno, e.gi_code.co_name)
