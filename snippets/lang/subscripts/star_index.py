# `a[*b]` (3.11) indexes with the tuple of b's items, for loads, stores and deletes
class Show:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)

s = Show()
b = [1, 2]
print(s[*b])
print(s[*b,])
print(s[0, *b])
print(s[*()])
s[*b] = 5
del s[*b]
d = {(1, 2): "pair"}
print(d[*b])
