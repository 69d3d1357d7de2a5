# Single inheritance: overriding, extending with super(), isinstance checks.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.speak(), "|", a.kind())
p = Puppy("p")
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__bases__ == (Dog,), Puppy.__name__)
print([c.__name__ for c in Puppy.__mro__])
