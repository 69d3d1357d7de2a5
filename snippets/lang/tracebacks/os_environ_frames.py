import os
print(os.environ.get("PYVIEW_NOPE_ZZ"), os.getenv("PYVIEW_NOPE_ZZ", "dflt"))
os.environ["PYVIEW_T_Y"] = "1"
print(os.environ["PYVIEW_T_Y"], "PYVIEW_T_Y" in os.environ, os.environ.pop("PYVIEW_T_Y"))
print(os.environ.setdefault("PYVIEW_T_Z", "z"), os.getenv("PYVIEW_T_Z"))
del os.environ["PYVIEW_T_Z"]
print(os.getenv("PYVIEW_T_Z"))
os.environ["PYVIEW_NOPE_ZZ"]
