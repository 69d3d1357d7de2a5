# csv: writing quotes fields only where needed, reading undoes it; files
# opened with newline="" keep line breaks inside quoted fields.
import csv
import io
import os

rows = [["name", "qty", "note"], ["apple", 3, "red, round"], ["pear", 5, 'say "hi"'], ["fig", 0, "multi\nline"], ["", None, 2.5]]
buf = io.StringIO()
w = csv.writer(buf)
for row in rows:
    print(w.writerow(row), end=" ")
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()))))

path = "csv_read_write.tmp"
with open(path, "w", newline="") as f:
    csv.writer(f).writerows(rows)
with open(path, newline="") as f:
    for row in csv.reader(f):
        print(row)
with open(path, newline="") as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for rec in r:
        print(rec, r.line_num)
os.remove(path)

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=quoting).writerow(["a b", 1, 2.5, True, None, ""])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'x"y', "a\\b"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter=";", lineterminator="\n", quotechar="'").writerows([["a;b", "it's"], [1, 2]])
print(repr(out.getvalue()))
print(list(csv.reader(["1,2.5,x", '"3",4'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(["1,2.5", '"3",4'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, "b, c", d'], skipinitialspace=True)), list(csv.reader(["a|b||c"], delimiter="|")))
print(list(csv.reader(['"a', 'b"', "c,\\,d"], escapechar="\\")), list(csv.reader(["", "a"])))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], restval="-")
dw.writeheader()
dw.writerows([{"x": 1, "y": 2}, {"x": 3}, {"y": 4}])
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n\n4\n"), restkey="rest", restval="?")))
