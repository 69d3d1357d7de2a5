try:
    pass
print(1)

class A:
    pass
x = 1
if 1:
    pass
)
