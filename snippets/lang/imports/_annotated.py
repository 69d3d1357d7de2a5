count: int = 0
label: "str"
