# int() takes only base by keyword; x is positional-only
for c in ['int(base=2)', 'int("1", bas=2)', 'int("11", base=2)', 'int("z", base=36)',
          'int(x=1)', 'int("5", base=10, x=2)', 'int("7", 8)', 'int()', 'int(3.9)']:
    try:
        print(c, '=', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
int(x='12')
