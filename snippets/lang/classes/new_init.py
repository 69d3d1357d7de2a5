# __new__ controlling instance creation: a singleton and a creation log.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Tracked:
    created = []
    def __new__(cls, name):
        obj = super().__new__(cls)
        cls.created.append(name)
        return obj
    def __init__(self, name):
        self.name = name
Tracked("x"); Tracked("y")
print(Tracked.created)
