# binascii.Error escapes uncaught: the traceback names the module's class.
import binascii

print(binascii.a2b_base64(b'cHl2aWV3'))
binascii.a2b_base64(b'cHl2aWV')
