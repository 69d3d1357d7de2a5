# dict and range define only equality: calling their ordering dunders
# directly gives NotImplemented, and the operators then raise TypeError.
pairs = [({1: 2}, {1: 2}), (range(3), range(3)), (range(0), range(5))]
for a, b in pairs:
    print(a.__eq__(b), a.__ne__(b), a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print({1}.__lt__({1, 2}), [1].__lt__([2]), (1,).__ge__((0,)))
print(range(2).__lt__([0, 1]), {}.__ge__(0))
