import sys
sys.ps1 = "py> "
1
sys.ps2 = 5
if 1:
    2

sys.ps1 = 1.5
del sys.ps1
3
