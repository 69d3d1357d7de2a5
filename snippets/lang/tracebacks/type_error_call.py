# TypeError from calling a function with a missing argument inside a method.
class Greeter:
    def greet(self, name, punctuation):
        return f"Hello {name}{punctuation}"

g = Greeter()
print(g.greet("Ann", "!"))
print(g.greet("Bob"))
