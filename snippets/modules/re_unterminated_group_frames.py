import re
re.compile("(a|b")
