# Shared by this folder's snippets: calls a function and prints its result, or the exception it raised.


def attempt(f, *args, show=repr, **kwargs):
    try:
        print(show(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
