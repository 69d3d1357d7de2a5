# End of input inside a statement runs it (or reports what is unfinished)
for i in range(2):
    print(i)