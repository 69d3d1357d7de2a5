# reversed() of lists and mutable sequences reads them live; of user sequences, item by item.
import array
lst = [1, 2, 3]
r = reversed(lst)
lst[0] = 9
print(type(r).__name__, list(r))
lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst.clear()
print("after clear:", list(r))
ba = bytearray(b"abc")
r = reversed(ba)
ba.pop()
print("shrunk bytearray:", list(r))
arr = array.array("i", [1, 2, 3])
r = reversed(arr)
arr[0] = 7
print(type(r).__name__, list(r))
print(list(reversed(range(1, 10, 3))), type(reversed(range(3))).__name__)
print(list(reversed(range(0))), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("  getitem", i)
        return i * 10
r = reversed(Seq())
print("made")
print(next(r), next(r), next(r), next(r, "end"))

class Rev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Rev())))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
