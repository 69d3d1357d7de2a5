# os.environ and os.getenv: a mapping over the process's environment.
import os

print(type(os.environ).__name__, isinstance(os.environ, dict))
print(os.getenv("PYVIEW_SURELY_UNSET"), os.getenv("PYVIEW_SURELY_UNSET", "fallback"))
os.environ["PYVIEW_DEMO"] = "on"
print(os.environ["PYVIEW_DEMO"], os.getenv("PYVIEW_DEMO"), "PYVIEW_DEMO" in os.environ)
print(os.environ.setdefault("PYVIEW_DEMO", "other"), os.environ.pop("PYVIEW_DEMO"))
print("PYVIEW_DEMO" in os.environ, os.environ.get("PYVIEW_DEMO", "gone"))
copy = os.environ.copy()
print(type(copy).__name__, len(copy) == len(os.environ))
merged = os.environ | {"PYVIEW_X": "1"}
print(type(merged).__name__, merged["PYVIEW_X"])
for bad in [(1, "v"), ("k", 2)]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError:", e)
try:
    del os.environ["PYVIEW_SURELY_UNSET"]
except KeyError as e:
    print("KeyError:", e)
print(os.getpid() > 0, os.getppid() >= 0)
