# A sequence class: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__.
class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.cards[i]
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, card):
        return card in self.cards

d = Deck()
print(len(d), d[0], d[-1], d[1:3], d[::2])
d[0] = "KS"
del d[1]
print(d.cards, "KS" in d, "AS" in d, "XX" not in d)
print(list(d), [c for c in d if c.endswith("H")])
print(sorted(d), list(reversed(d)))
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
print(bool(d), bool(Deck.__new__(Deck) if False else []))
