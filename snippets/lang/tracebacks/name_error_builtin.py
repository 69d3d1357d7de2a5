# NameError suggesting a builtin for a misspelt builtin name.
values = [3, 1, 2]
print(sortd(values))
