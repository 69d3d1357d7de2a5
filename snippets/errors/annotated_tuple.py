# Only a single target can be annotated.
x, y: int = 1, 2
