# AttributeError on a built-in type with a suggestion.
items = [1, 2, 3]
items.apend(4)
