# Broadcasting between arrays, and integer and boolean array indexing:
# results are copies; the broadcast index dimensions go where NumPy puts
# them (in place when adjacent in the key, first when not); assignment
# through such an index writes the original.
import numpy as np
a = np.arange(6).reshape(2, 3)
b3 = np.arange(24).reshape(2, 3, 4)
for e in ['a+np.array([1,2])', 'a+np.ones((4,1,1))', 'a.__setitem__(slice(None), np.array([1,2]))',
          'np.array([1,2],dtype=np.uint8)>300', 'np.array([1,2],dtype=np.uint8)==-1', 'a[[0,5]]',
          'a[np.array([True,False,True])]', 'a[a>2]', 'a[[0,1],[1,2]]', 'a[0,[0,2]]', 'a[:,[0,2]]',
          'a[[True,False]]', 'a[[1.5]]', 'b3[0,:,[0,1]]', 'b3[:,[0,1],[1,2]]', 'b3[[0,1],:,[1,2]]',
          'a[np.array([[0,1],[1,0]])]', 'a[...,[0]]', 'a[None,[0]]', 'a[a>10]',
          'np.int8(5)*np.array([1000])', 'np.array([1],dtype=np.int8)*1000', 'a[[0,1],[0,1,2]]',
          'a[np.array([0.5])]', 'a[[]]', 'a[-1,[-1]]', 'b3[b3 % 5 == 0]', 'b3[:, [True, False, True]]',
          'np.where(a > 2, a, -1)', 'np.where(a > 2)', 'np.nonzero(a)', 'np.count_nonzero(a)',
          'a * np.array([[10], [100]])', 'np.arange(3) + np.arange(3).reshape(3, 1)',
          'np.broadcast_shapes((2, 1), (3,))', 'np.array([1.5, 2]) + 1', 'np.array([1, 2], dtype=np.float32) + 1.5',
          'np.array([True]) + 1', 'np.array([1, 2], dtype=np.uint8) + np.float32(2)', 'a[[0, 1], 1:]']:
    try:
        r = eval(e)
        print(e, '->', repr(r))
    except Exception as x:
        print(e, '!!', type(x).__qualname__, x)
m = np.arange(10)
m[m % 2 == 0] = 0
print(m)
m[[1, 3]] = [100, 300]
print(m)
m[[1, 3]] += 1
print(m)
g = np.zeros((3, 3), dtype=np.int32)
g[[0, 2], 1:] = 7
print(g)
g[:, 0] = np.array([1, 2, 3])
g += np.array([1, 2, 3])
print(g)
g[g > 5] = -1
print(g)
f = np.ones(4)
f /= 4
print(f)
i = np.arange(4)
for op in ['i /= 2', 'i //= 2', 'i **= 2', 'i %= 3', 'i <<= 1', 'i &= 6', 'i += np.ones((2, 4), dtype=np.int64)']:
    try:
        exec(op)
        print(op, i)
    except Exception as x:
        print(op, '!!', type(x).__qualname__, x)
print(np.arange(6)[np.array([[0, 7]])])
