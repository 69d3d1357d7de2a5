import fnmatch
import glob
import os
import tempfile
import shutil

for p in ['*.txt', 'a*b*c', '[a-c]x?', '[!x]', '[]]', '[', 'a[b-a]c', '[a-z0-9]', '**/*.py', 'x[&&]', '[!]', '[a-]', 'a\\*']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.fnmatch("foo.txt", "*.txt"), fnmatch.fnmatch("foo.TXT", "*.txt"), fnmatch.fnmatchcase("abc", "a?c"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"))
print(fnmatch.fnmatch("a1b2c", "a*b*c"), fnmatch.fnmatch("[", "["), fnmatch.fnmatch("-", "[a-]"))
print(glob.escape("a*b?[c].txt"), glob.has_magic("a[b]"), glob.has_magic("abc"))

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    os.makedirs("pkg/sub")
    os.makedirs("docs")
    for n in ["a.py", "b.py", "c.txt", ".hidden.py", "pkg/__init__.py", "pkg/sub/m.py", "docs/x.md"]:
        open(n, "w").close()
    print(sorted(glob.glob("*.py")))
    print(sorted(glob.glob("*.py", include_hidden=True)))
    print(sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("*/")))
    print(sorted(glob.glob("pkg/*")), glob.glob("nope/*"), glob.glob("a.py"), glob.glob("zz.py"))
    print(sorted(glob.iglob("[ab].py")), sorted(glob.glob("*.py", root_dir="pkg/sub")))
    print(sorted(glob.glob("**/*.py")))
finally:
    os.chdir(old)
    shutil.rmtree(base)
