# NameError with a "Did you mean" suggestion for a misspelt local name.
def compute():
    counter = 5
    return countr + 1

compute()
