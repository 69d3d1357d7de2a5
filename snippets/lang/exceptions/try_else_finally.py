# try/except/else/finally: which blocks run in which order.
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally")

print(attempt(2))
print(attempt(0))

def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
