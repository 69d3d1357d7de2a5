# exit, quit and help are site objects: their reprs say how to use them.
print(exit)
print(repr(quit), type(exit), type(help))
print(help)
try:
    quit(5)
except SystemExit as e:
    print("SystemExit", e.args)
exit(3)
