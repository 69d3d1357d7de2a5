# NameError for an undefined global with no close match.
def main():
    return undefined_thing_xyz * 2
main()
