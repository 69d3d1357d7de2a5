# Removing duplicates from an array while keeping the first occurrence of each value.
import array
data = array.array('h', [3, 1, 3, 2, 1, 3, 7, 2])
seen = set()
unique = array.array('h')
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(data) - len(unique), 'duplicates')
while data.count(3) > 1:
    data.reverse()
    data.remove(3)
    data.reverse()
print(data)
