# A later clause of a generator expression fails when iterated, in the <genexpr> frame.
rows = [[1, 2], None]
flat = (cell
        for row in rows
        for cell in row)
print(next(flat), next(flat))
print(list(flat))
