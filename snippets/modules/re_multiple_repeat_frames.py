import re
re.compile("a**")
