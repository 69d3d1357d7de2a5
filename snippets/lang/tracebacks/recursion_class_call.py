# A constructor that constructs its own class: each call of the class counts a level besides the __init__ frame.
class A:
    def __init__(self):
        A()
A()
