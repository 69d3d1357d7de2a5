# Aligning and decorating a menu with center/ljust/rjust and case methods.
menu = {"espresso": 2.5, "cappuccino": 3.25, "tea": 1.8, "hot chocolate": 3.0}
width = 30
print("MENU".center(width, "="))
for item, price in menu.items():
    print(item.title().ljust(width - 8, "."), f"{price:>6.2f}".rjust(8))
print("".center(width, "="))
print("total items:".rjust(width - 4), str(len(menu)).zfill(3))
for w in (0, 1, 2, 9, 10):
    print(repr("odd".center(w)), repr("even".center(w, "-")))
