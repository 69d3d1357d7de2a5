# subprocess: run() with captured bytes and text, check_output, the shell,
# input, env and cwd, Popen's pipes read in place and communicate(), return
# codes of signals, the exceptions' messages.
import subprocess
r = subprocess.run(["echo", "hello"], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r))
print(subprocess.check_output(["printf", "a\\r\\nb\\rc"], text=True).encode())
print(subprocess.run("echo $((1+2))", shell=True, stdout=subprocess.PIPE).stdout)
print(subprocess.getstatusoutput("echo hi; exit 4"), subprocess.getoutput("echo x"))
print(subprocess.call(["true"]), subprocess.check_call(["true"]))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(repr(p)[:20], type(p.pid))
out, err = p.communicate(b"data in")
print(out, err, p.returncode, repr(p))
p = subprocess.Popen(["sh", "-c", "printf 'l1\\nl2\\nl3'"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
print(p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line one\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.close()
print(p.stdout.read(), p.wait())
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr, repr(e))
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait(), p.poll())
print(subprocess.run(["sh", "-c", "echo e >&2"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["cat"], input="text in", capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}, capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.run(["echo", "x"], stdout=subprocess.DEVNULL))
print(bytes(subprocess.run(["printf", "\\x00\\xff"], capture_output=True).stdout))
e = subprocess.TimeoutExpired(["a"], 1.5, output=b"o")
print(e, e.stdout, e.timeout, repr(e))
print(subprocess.CalledProcessError(-9, "cmd"), subprocess.CalledProcessError(-99, "cmd"))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      subprocess.SubprocessError.__mro__)
try:
    subprocess.Popen(["sleep", "2"]).wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
try:
    subprocess.Popen(["sleep", "2"], stdout=subprocess.PIPE).communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
for bad in (lambda: subprocess.run(["echo", 5]), lambda: subprocess.check_output(["true"], stdout=None),
            lambda: subprocess.run(["nonexistent_command_pyview"]),
            lambda: subprocess.run(["true"], cwd="/nonexistent_dir_pyview"),
            lambda: subprocess.run(["true"], input=b"x", stdin=subprocess.PIPE),
            lambda: subprocess.run(["true"], env={"A=B": "1"}),
            lambda: subprocess.run(["echo", "a\0b"]), lambda: subprocess.run([])):
    try:
        bad()
    except (TypeError, ValueError, OSError, IndexError) as e:
        print(type(e).__name__, e)
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
import io
with subprocess.Popen(["printf", "a\\nb\\n"], stdout=subprocess.PIPE, text=True) as q:
    print(isinstance(q.stdout, io.IOBase), q.stdout.readlines())
print(q.stdout.closed)
print(p.returncode, p.stdout.closed)
print(subprocess.run(["echo", "hi"], capture_output=True).check_returncode())
subprocess.check_output(["sh", "-c", "kill -9 $$"])
