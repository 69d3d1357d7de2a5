# pop() and remove() on a bytearray, with their error messages.
ba = bytearray(b"abcdefabc")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("c"))
print(ba)
ba.remove(98)
print(ba, ba.count(b"a"), ba.index(ord("f")))
calls = [lambda: ba.remove(ord("z")), lambda: ba.remove(300), lambda: ba.remove(b"a"), lambda: ba.pop(50),
         lambda: bytearray().pop(), lambda: ba.pop("0"), lambda: ba.pop(1, 2), lambda: ba.remove()]
for call in calls:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
while ba:
    print(chr(ba.pop()), end=" ")
print(ba)
