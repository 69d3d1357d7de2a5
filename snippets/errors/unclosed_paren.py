# An unclosed bracket at the end of the file.
print((1, 2)
