# copy(), reverse() and clear() on bytearray.
ba = bytearray(b"stressed")
cp = ba.copy()
ba.reverse()
print(ba, cp, cp is ba, cp == b"stressed")
cp.clear()
print(cp, len(cp), ba)
print(ba.reverse(), ba.clear(), ba)
for call in [lambda: ba.copy(1), lambda: ba.reverse(1), lambda: ba.clear(x=1), lambda: ba.append(),
             lambda: ba.extend(), lambda: ba.insert(0), lambda: ba.append(256), lambda: ba.extend(5),
             lambda: ba.extend("ab"), lambda: ba.insert("a", 1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
