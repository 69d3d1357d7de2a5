# sys.exit with an object prints its str() (a user __str__) and exits with status 1; an assigned code wins
import sys


class Status:
    def __str__(self):
        return "custom status: disk full"

    def __repr__(self):
        return "Status()"


e = SystemExit(1)
e.code = 7
print("code after assignment:", e.code, e.args)
print("before exit")
sys.exit(Status())
