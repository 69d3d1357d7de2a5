# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear.
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.insert(0, 2); a.insert(-1, 6); a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.index(1), a.count(1), a.count(42))
print(a.index(5, 2), a.index(1, -3))
b = a.copy(); b.reverse()
print(a, b, a is b)
b.clear()
print(b, len(b))
for args in [(), (99,), (4, 0, 1)]:
    try:
        print(a.index(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
a.extend(range(3)); a.extend("xy"); a += (8,)
print(a)
