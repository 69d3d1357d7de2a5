# Errors raised by str.format for malformed templates and missing values.
cases = [
    ("{", ()), ("}", ()), ("{0", (1,)), ("{0!}", (1,)), ("{0!x}", (1,)), ("{0!rx}", (1,)),
    ("{a.}", ()), ("{0[]}", ([1],)), ("{0[0}", ([1],)), ("{0[0]x}", ([1],)),
    ("{} {1}", (1, 2)), ("{1} {}", (1, 2)), ("{2}", (1,)), ("{name}", ()),
    ("{:q}", (1,)), ("{:,s}", ("s",)), ("{:=}", ("s",)), ("{:+}", ("s",)), ("{:{:{}}}", (1, 2, 3)),
]
for template, args in cases:
    try:
        print(repr(template), "->", repr(template.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(template), "->", type(e).__name__, e)
