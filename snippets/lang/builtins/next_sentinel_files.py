# next() on generators and iterators with defaults, driving a tokenizer.
def tokens(text):
    for word in text.split():
        yield word
t = tokens("let x = 1")
first = next(t)
rest = list(t)
print(first, rest, next(t, None))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "sentinel"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
try:
    next()
except TypeError as e:
    print(e)
