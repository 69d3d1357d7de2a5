# sys.exit with a message goes to stderr and exits 1.
import sys
print('argv:', sys.argv)
sys.exit('stopping here')
