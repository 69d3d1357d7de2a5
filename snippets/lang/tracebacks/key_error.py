# An uncaught KeyError shows the repr of the key.
inventory = {"apples": 3}
def take(name):
    count = inventory[name]
    inventory[name] = count - 1
take("apples")
take("pears")
