# break and continue in nested loops, with flags for outer exits.
for i in range(5):
    if i % 2:
        continue
    print("even", i)

found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print("found", found)

n = 0
while True:
    n += 1
    if n < 3:
        continue
    if n > 5:
        break
    print("n", n)

total = 0
for c in "a1b2c3":
    if not c.isdigit():
        continue
    total += int(c)
print(total)
