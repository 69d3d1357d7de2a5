# append and extend, including extend's partial effect when an item in the middle is bad.
import array
a = array.array('h')
a.append(1)
a.append(True)
a.extend([2, 3])
a.extend((4,))
a.extend(array.array('h', [5]))
a.extend(range(6, 8))
a.extend(x * 10 for x in range(1, 3))
print(a)
try:
    a.extend([100, 'bad', 200])
except TypeError as e:
    print('TypeError:', e)
print(a)
try:
    a.extend([99999])
except OverflowError as e:
    print('OverflowError:', e)
for bad in [array.array('i', [1]), 5, None]:
    try:
        a.extend(bad)
    except TypeError as e:
        print('TypeError:', e)
a.extend(a)
print(len(a), a[-1])
for call in [lambda: a.append(), lambda: a.append(1, 2), lambda: a.append(x=1), lambda: a.extend(), lambda: a.extend([], [])]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
