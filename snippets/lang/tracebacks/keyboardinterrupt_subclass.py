# An uncaught subclass of KeyboardInterrupt prints its traceback and exits with status 1 (only KeyboardInterrupt itself means SIGINT)
class Cancelled(KeyboardInterrupt):
    pass


def work():
    raise Cancelled("user cancelled the job")


work()
