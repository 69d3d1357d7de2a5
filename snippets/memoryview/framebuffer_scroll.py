# Scrolling a text-mode framebuffer up one row with overlapping slice assignment through a view.
COLS, ROWS = 8, 4
fb = bytearray(b'line-0..line-1..line-2..line-3..')
screen = memoryview(fb)

def show():
    for r in range(ROWS):
        print(bytes(screen[r * COLS:(r + 1) * COLS]).decode())
    print('--')

show()
screen[:-COLS] = screen[COLS:]
screen[-COLS:] = b' ' * COLS
show()
screen[COLS:] = screen[:-COLS]
screen[:COLS] = b'*' * COLS
show()
rows = screen.cast('B', [ROWS, COLS])
print(rows[3, 0], chr(rows[0, 7]), rows.shape)
