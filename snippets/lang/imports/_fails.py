print("_fails runs")
value = 1
raise ValueError("module failed")
