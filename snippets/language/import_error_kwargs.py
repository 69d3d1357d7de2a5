for k in [{"x": 1}, {"name": "n", "path": "p"}, {"name": "n"}]:
    for t in (ImportError, ModuleNotFoundError):
        try:
            e = t("m", **k)
            print(t.__name__, e.name, e.path, e.msg, e.args, str(e), repr(e))
        except TypeError as err:
            print(err)
e = ImportError()
print(e.name, e.path, e.msg, e.args)
print(ImportError("a", "b").msg)
