# warnings to a replaced sys.stderr, from exec/eval strings (no source line), odd messages
import warnings, io, sys
old = sys.stderr
sys.stderr = io.StringIO()
warnings.warn("captured")
s = sys.stderr.getvalue()
sys.stderr = old
print(repr(s.split(".py:", 1)[1]))
exec("warnings.warn('from exec')")
exec(compile("warnings.warn('from compiled')", "myfile.py", "exec"))
eval("warnings.warn('from eval')")
warnings.warn("message with\nnewline")
warnings.warn("")
import warnings as w2
print(w2 is warnings, warnings.defaultaction, warnings.onceregistry)
print(sorted(n for n in dir(warnings) if not n.startswith('_')))
