# A traceback shows a source line with its trailing blanks, and a call filling the rest of the line still gets carets
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

print(check(1))   
check(-1)     
