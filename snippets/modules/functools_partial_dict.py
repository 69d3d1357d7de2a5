p = partial(print)
for f in (lambda: delattr(p, '__dict__'), lambda: setattr(p, '__dict__', 1), lambda: delattr(p, 'nope')):
    try: f()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
p.__dict__ = {'a': 1}; print(p.a, p.__dict__)
p.b = 2; del p.a; print(p.__dict__)
