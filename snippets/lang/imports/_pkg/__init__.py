"""A package for the import snippets."""
print("init", __name__, __package__)
LEVEL = "top"
