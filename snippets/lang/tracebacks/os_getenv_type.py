import os
os.getenv(5)
