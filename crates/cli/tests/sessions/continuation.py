# Brackets, strings and backslashes continue; syntax errors drop the lines read
data = [1,
        2,
  3]
data
s = """first

third"""
s
t = "a" \
    "b"
t
print(1 2,
3)
x = = 1
for i in range(2):
    y = = 2
    print(i)

if True:

print("x")
   indented = 1
@decorator

try:
    pass

