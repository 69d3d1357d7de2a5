foo(
else
print("next")
x = [1,
2,
3 4]
print((1,
2 3)
