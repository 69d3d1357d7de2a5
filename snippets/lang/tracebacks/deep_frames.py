# A traceback through class methods, a lambda and a comprehension.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value

p = Pipeline([lambda x: x + 1, lambda x: [10 // (v - 2) for v in range(x)]])
print(p.run(1))
print(p.run(3))
