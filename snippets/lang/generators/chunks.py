# Batching an iterable into fixed-size chunks with a generator.
def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunked(range(10), 3)))
print(list(chunked("abcdefg", 2)))
print(list(chunked([], 4)))
data = bytes(range(8))
for part in chunked(data, 3):
    print(bytes(part).hex())

def sliding(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(sliding("python", 3)))
