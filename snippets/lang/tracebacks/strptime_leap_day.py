from datetime import datetime
datetime.strptime("02-29", "%m-%d")
