# code exec compiled from a string under a file name shows no source line in its traceback
exec(compile("1/0", "myfile.py", "exec"))
