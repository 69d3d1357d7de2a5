# An uncaught BaseException subclass still produces a traceback and exit code 1.
class Abort(BaseException):
    pass
print("start")
raise Abort("stopping now")
