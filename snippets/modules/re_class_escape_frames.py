import re
re.compile(r"[\q]")
