# The global statement rebinding module names from inside functions.
counter = 0

def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print(counter)

def create():
    global created
    created = "made inside"

create()
print(created)

config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)

def reader():
    return counter * 2
print(reader())

def local_shadow():
    counter = 100
    return counter
print(local_shadow(), counter)
