# Compound statements end at a blank line; a dedent without one is an error
for i in range(3):
    print(i)

for i in range(2):
    print(i)
print("lost")
print("after")
if True: print("one-liner")

def f(n):
    # comments and blank-ish lines inside
    
    return n * 2

f(21)
class_ = 5
while class_ > 3:
    class_ -= 1
else:
    print("else", class_)

try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")

