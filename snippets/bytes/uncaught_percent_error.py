# bytes % with a str argument is a TypeError.
name = "world"
print(b"hello %s" % name.encode())
print(b"hello %s" % name)
