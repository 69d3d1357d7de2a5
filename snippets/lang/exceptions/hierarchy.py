# The built-in exception hierarchy as seen through issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (FileNotFoundError, OSError),
    (UnicodeDecodeError, ValueError),
    (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (TypeError, ValueError),
    (UnboundLocalError, NameError),
    (AttributeError, Exception),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:16} {issubclass(sub, sup)}")
print([c.__name__ for c in ZeroDivisionError.__mro__])
