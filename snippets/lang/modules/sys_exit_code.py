# sys.exit with an int code ends the program with that status; finally blocks still run.
import sys
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup")
main()
print("never printed")
