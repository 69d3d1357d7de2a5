import os
import shutil
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    os.makedirs("src/sub/deep")
    for name, text in [("src/a.txt", "A"), ("src/b.py", "B"), ("src/sub/c.txt", "C"), ("src/sub/deep/d.pyc", "D")]:
        with open(name, "w") as f:
            f.write(text)
    print(shutil.copyfile("src/a.txt", "a_copy.txt"))
    print(shutil.copy("src/b.py", "."))
    os.chmod("src/a.txt", 0o600)
    os.utime("src/a.txt", (1000, 2000))
    print(shutil.copy2("src/a.txt", "a2.txt"), os.stat("a2.txt").st_mtime, oct(os.stat("a2.txt").st_mode & 0o777))
    print(shutil.copytree("src", "dst"))
    print(sorted(os.listdir("dst")), sorted(os.listdir("dst/sub")), os.listdir("dst/sub/deep"))
    shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.pyc", "b*"))
    print(sorted(os.listdir("dst2")), os.listdir("dst2/sub/deep"))
    try:
        shutil.copytree("src", "dst")
    except FileExistsError as e:
        print(type(e).__name__, e)
    shutil.copytree("src", "dst", dirs_exist_ok=True)
    print(shutil.move("a_copy.txt", "dst"))
    print(shutil.move("dst2", "moved"), sorted(os.listdir(".")))
    try:
        shutil.copyfile("src/a.txt", "src/a.txt")
    except shutil.SameFileError as e:
        print(type(e).__name__, e)
    try:
        shutil.copyfile("missing.txt", "x.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    import io
    src, dst = io.BytesIO(b"x" * 100), io.BytesIO()
    shutil.copyfileobj(src, dst, 7)
    print(len(dst.getvalue()))
    for d in ("src", "dst", "moved"):
        shutil.rmtree(d)
    print(sorted(os.listdir(".")))
    shutil.rmtree("missing", ignore_errors=True)
    errs = []
    shutil.rmtree("missing", onerror=lambda f, p, e: errs.append((f.__name__, p, e[0].__name__)))
    print(errs)
    print(shutil.which("definitely-not-a-command-xyz"))
    try:
        shutil.rmtree("missing")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
