# input() writes its prompt to stdout; with standard input closed it raises EOFError
try:
    name = input("Your name: ")
except EOFError as e:
    print()
    print("no input:", repr(e))
for bad in [("a", "b")]:
    try:
        input(*bad)
    except TypeError as e:
        print("TypeError:", e)
answer = input(42)
