# Default parameter values: evaluated once, shared mutable defaults, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))
print(greet.__defaults__)
counter = 10
def show(x=counter):
    return x
counter = 20
print(show())
