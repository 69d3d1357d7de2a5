# SystemExit ends the session with its status
print("before")
import sys
sys.exit(7)
print("never")
