# A block that is missing its body.
for i in range(3):
print(i)
