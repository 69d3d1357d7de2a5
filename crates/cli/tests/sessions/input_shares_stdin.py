x = input()
hello
x
