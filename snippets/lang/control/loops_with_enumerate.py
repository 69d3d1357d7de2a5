# Loops with enumerate, zip, range steps and early exits in a search.
grid = ["#..#", "....", ".#..", "...#"]
walls = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"]
print(walls)
for r, row in enumerate(grid, start=1):
    print(f"{r}: {row.replace('.', ' ')}|")
for i in range(len(grid) - 1, -1, -2):
    print("row", i, grid[i])
for a, b in zip(grid, grid[1:]):
    if a.count("#") == b.count("#"):
        print("same walls:", a, b)
        break
else:
    print("no equal neighbours")
