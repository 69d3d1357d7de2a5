# A decorator failing at definition time is located at the decorator expression (plain, called, stacked, class decorator)
def bad(fn):
    raise ValueError('bad decorator for ' + fn.__name__)
def factory(n):
    def deco(fn):
        return fn.missing
    return deco
def ok(fn):
    return fn
for src in ['@bad\ndef f(): pass', '@factory(2)\ndef g(): pass', '@ok\n@bad\ndef h(): pass', '@bad\nclass C: pass']:
    try:
        exec(src)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
@ok
@factory(
    3
)
def k():
    pass
