# finally with break, continue and return inside loops and functions.
def first_even(nums):
    for n in nums:
        try:
            if n % 2 == 0:
                return n
        finally:
            print("checked", n)
    return None

print(first_even([1, 3, 4, 5]))

for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("finally", i)

def swallow():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"
print(swallow())

count = 0
while count < 3:
    try:
        count += 1
        continue
    finally:
        print("loop finally", count)
