# an "error" filter turns a warning into an uncaught exception whose traceback ends at the warn call
import warnings
warnings.simplefilter("error")
def inner():
    warnings.warn("deep problem", stacklevel=2)
def outer():
    inner()
outer()
