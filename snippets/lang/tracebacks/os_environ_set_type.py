import os
os.environ["PYVIEW_T_X"] = 5
