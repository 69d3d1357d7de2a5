# collections in tutorial style: word counts, grouping with defaultdict, an LRU with OrderedDict, a sliding window deque.
from collections import Counter, defaultdict, OrderedDict, deque

text = "the quick brown fox jumps over the lazy dog the end"
counts = Counter(text.split())
for word, n in counts.most_common(3):
    print(f"{word}: {n}")
print(counts["the"], counts["missing"], len(counts))

by_len = defaultdict(list)
for w in text.split():
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])

class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.size:
            self.data.popitem(last=False)

cache = LRU(2)
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3)
print(list(cache.data.items()), cache.data)

window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window) / len(window))
print(window)
inventory = Counter(apples=3, pears=1)
inventory.update(apples=2, kiwis=4)
inventory.subtract({"pears": 1})
print(inventory, sorted(inventory.elements()))
