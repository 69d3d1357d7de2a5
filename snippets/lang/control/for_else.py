# for/else and while/else: else runs only when the loop was not broken.
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")

for n in (7, 12, 13, 1):
    find_prime_factor(n)

i = 0
while i < 3:
    i += 1
else:
    print("while finished at", i)

while True:
    break
else:
    print("never printed")

for x in []:
    pass
else:
    print("empty loop still runs else")
