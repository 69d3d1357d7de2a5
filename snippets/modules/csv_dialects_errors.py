# csv dialects (named, classes, keyword overrides) and csv.Error /
# TypeError for bad data and bad options, with CPython's messages.
import csv
import io


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True


csv.register_dialect("semi", Semi)
print(csv.list_dialects())
for dialect in ("excel", "excel-tab", "unix", "semi", Semi, csv.excel):
    out = io.StringIO()
    csv.writer(out, dialect).writerow(["a;b", "c\td", "e,f"])
    print(dialect if isinstance(dialect, str) else dialect.__name__, repr(out.getvalue()))
d = csv.get_dialect("unix")
print(repr(d.lineterminator), d.quoting, d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.strict)
csv.unregister_dialect("semi")
for bad in (lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi")):
    try:
        bad()
    except csv.Error as e:
        print(type(e).__module__, type(e).__name__, e)

options = [dict(delimiter=1), dict(delimiter=",,"), dict(delimiter=None), dict(quotechar=1), dict(quotechar="ab"),
           dict(quotechar=None), dict(escapechar="ab"), dict(lineterminator=1), dict(quoting="a"), dict(quoting=7),
           dict(bogus=1)]
for opts in options:
    try:
        w = csv.writer(io.StringIO(), **opts)
        print(opts, "ok", w.dialect.quoting)
    except TypeError as e:
        print(opts, "TypeError:", e)


class BadDialect(csv.Dialect):
    delimiter = ";;"


try:
    BadDialect()
except csv.Error as e:
    print("csv.Error:", e)

data = [(['"a"b,c'], dict(strict=True)), (['"open'], dict(strict=True)), (["a\rb"], {}), ([b"bytes"], {}),
        (["x" * 200], {}), (["1,x"], dict(quoting=csv.QUOTE_NONNUMERIC))]
csv.field_size_limit(100)
for lines, opts in data:
    r = csv.reader(lines, **opts)
    try:
        print(list(r))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e, r.line_num)
print(csv.field_size_limit(131072))
for rows, opts in ([[""]], dict(quoting=csv.QUOTE_NONE)), ([["a,b"]], dict(quoting=csv.QUOTE_NONE)), (5, {}):
    try:
        csv.writer(io.StringIO(), **opts).writerows(rows) if rows != 5 else csv.writer(io.StringIO()).writerow(rows)
    except csv.Error as e:
        print("csv.Error:", e)
try:
    csv.writer(42)
except TypeError as e:
    print(e)
csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
