# Generator pipelines: reading, filtering and transforming lazily.
lines = ["# header", "alpha 1", "", "beta 22", "# note", "gamma 333"]

def non_comment(src):
    for line in src:
        if line and not line.startswith("#"):
            yield line

def parse(src):
    for line in src:
        name, num = line.split()
        yield name, int(num)

def running_total(src):
    total = 0
    for name, n in src:
        total += n
        yield name, total

for row in running_total(parse(non_comment(lines))):
    print(row)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
