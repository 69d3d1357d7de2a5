# A list that is never closed, followed by more code.
data = [1, 2, 3
print(data)
