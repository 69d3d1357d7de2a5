"""subprocess: starting programs, talking to them through pipes.

`run`, `call`, `check_call`, `check_output`, `getoutput`,
`getstatusoutput` and `Popen` (`communicate` with input and timeout,
`wait`, `poll`, `send_signal`/`terminate`/`kill`, pipes read and written
in place, text mode, the context manager), `CompletedProcess`,
`CalledProcessError`, `TimeoutExpired`, with CPython's checks, messages
and traceback lines. The children themselves are `std::process`'s, kept
by the native `_pyview_subprocess`; the host has to allow them.

Not here: standard streams given as files or descriptors other than 1
and 2, `preexec_fn`, `pass_fds`, `start_new_session`, `user`/`group`,
`umask`, `pipesize` (accepted and ignored where CPython accepts them on
Linux, refused where they would change the child), Windows' `STARTUPINFO`.
"""

import builtins
import io
import os
import signal
import time as _time_module
import _pyview_subprocess as _native

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_time = _time_module.monotonic


class SubprocessError(Exception):
    pass


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


_stdout_alias = property(_get_output, _set_output,
                         doc="Alias for output attribute, to match stderr")


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (
                self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    stdout = _stdout_alias


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    #@line 389
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        #@line 413
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')

    if 'input' in kwargs and kwargs['input'] is None:
        # Explicitly passing input=None was previously equivalent to passing an
        # empty string. That is maintained here for backwards compatibility.
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty

    #@line 466
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            #@line 502
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def run(*popenargs,
        input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            #@line 538
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        #@line 542
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    #@line 548
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            #@line 571
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _decode(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class _Pipe(io.IOBase):
    """One end of a pipe to the child: its stdin (written) or its stdout or
    stderr (read), as bytes or, in text mode, as str with universal
    newlines. Iteration, readlines, writelines and the context manager
    are io.IOBase's."""

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.mode = ("w" if which == 0 else "r") + ("" if text else "b")

    def readable(self):
        return self._which != 0

    def writable(self):
        return self._which == 0

    def read(self, size=-1):
        self._checkClosed()
        data = _native.read(self._proc._handle, self._which, -1 if size is None else size)
        return _decode(data, self._encoding, self._errors) if self._text else data

    def readline(self, size=-1):
        self._checkClosed()
        data = _native.readline(self._proc._handle, self._which)
        if self._text:
            data = _decode(data, self._encoding, self._errors)
        return data

    def write(self, data):
        self._checkClosed()
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            _native.write(self._proc._handle, data.encode(self._encoding, self._errors))
            return len(data)
        return _native.write(self._proc._handle, data)

    def close(self):
        if not self.closed:
            super().close()
            _native.close(self._proc._handle, self._which)


class Popen:
    """ Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        """Create new Popen instance."""
        self._handle = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")
        for name, value, default in (("preexec_fn", preexec_fn, None),
                                     ("pass_fds", pass_fds, ()),
                                     ("user", user, None), ("group", group, None),
                                     ("extra_groups", extra_groups, None),
                                     ("umask", umask, -1),
                                     ("process_group", process_group, None)):
            if value != default:
                raise NotImplementedError(
                    "pyview's subprocess has no %s (the child is started by "
                    "Rust's std::process)" % name)

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            #@line 871
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')

        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"

        modes = []
        for name, value in (("stdin", stdin), ("stdout", stdout), ("stderr", stderr)):
            if value is None:
                modes.append(0)
            elif value in (PIPE, DEVNULL) or (value == STDOUT and name == "stderr"):
                modes.append(value)
            elif value in (1, 2) and name != "stdin":
                modes.append(value)
            elif hasattr(value, "fileno") and value.fileno() in (1, 2) and name != "stdin":
                modes.append(value.fileno())
            else:
                raise NotImplementedError(
                    "pyview's subprocess takes PIPE, DEVNULL, STDOUT, None or the "
                    "standard streams for %s" % name)

        #@line 1026
        self._execute_child(args, executable, preexec_fn, close_fds,
                            pass_fds, cwd, env,
                            startupinfo, creationflags, shell,
                            modes, restore_signals,
                            gid=None, gids=None, uid=None, umask=umask,
                            start_new_session=start_new_session,
                            process_group=process_group)

        errs = errors or "strict"
        if stdin == PIPE:
            self.stdin = _Pipe(self, 0, self.text_mode, encoding, errs)
        if stdout == PIPE:
            self.stdout = _Pipe(self, 1, self.text_mode, encoding, errs)
        if stderr == PIPE:
            self.stderr = _Pipe(self, 2, self.text_mode, encoding, errs)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                self.kill()
            self.wait()

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if timeout is not None:
            endtime = _time() + timeout
        else:
            endtime = None

        try:
            #@line 1209
            stdout, stderr = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            self.kill()
            raise
        finally:
            self._communication_started = True

        sts = self.wait(timeout=self._remaining_time(endtime))

        return (stdout, stderr)

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        return self._internal_poll()

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        else:
            return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        """Convenience for checking if a timeout has expired."""
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            #@line 1253
            raise TimeoutExpired(
                    self.args, orig_timeout,
                    output=b''.join(stdout_seq) if stdout_seq else None,
                    stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        try:
            #@line 1264
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            raise

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env,
                       startupinfo, creationflags, shell,
                       modes, restore_signals,
                       gid, gids, uid, umask,
                       start_new_session, process_group):
        """Execute program (POSIX version)"""

        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when '
                                'shell is true')
            args = [args]
        else:
            #@line 1808
            args = list(args)

        if shell:
            # On Android the default shell is at '/system/bin/sh'.
            unix_shell = '/bin/sh'
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            #@line 1819
            executable = args[0]

        orig_executable = executable
        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    #@line 1869
                    raise ValueError("illegal environment variable name")
                env_list.append((k, os.fsencode(v)))

        #@line 1883
        self.pid = _fork_exec(
                args, executable if executable is not args[0] else None,
                cwd, env_list, *modes)
        if len(self.pid) == 3:
            errno_num, err_msg, which = self.pid
            self.pid = None
            err_filename = cwd if which == "cwd" else orig_executable
            child_exception_type = OSError
            #@line 1950
            raise child_exception_type(errno_num, err_msg, err_filename)
        self._handle, self.pid = self.pid
        self._child_created = True

    def _internal_poll(self):
        if self.returncode is None and self._handle is not None:
            self.returncode = _native.poll(self._handle)
        return self.returncode

    def _wait(self, timeout):
        """Internal implementation of wait() on POSIX."""
        if self.returncode is not None:
            return self.returncode

        if timeout is not None:
            rc = _native.wait(self._handle, timeout)
            if rc is None:
                #@line 2038
                raise TimeoutExpired(self.args, timeout)
            self.returncode = rc
        else:
            while self.returncode is None:
                self.returncode = _native.wait(self._handle, None)
        return self.returncode

    def _communicate(self, input, endtime, orig_timeout):
        if input is not None and self.text_mode:
            input = input.encode(self.stdin._encoding, self.stdin._errors)
        if self.stdout or self.stderr:
            got = _native.communicate(self._handle, input, self._remaining_time(endtime))
            if got is None:
                # The native side saw the deadline pass: this raises.
                stdout = stderr = None
                #@line 2109
                self._check_timeout(endtime, orig_timeout, stdout, stderr)
            stdout, stderr = got
        else:
            if input is not None or (self.stdin and not self._communication_started):
                _native.communicate(self._handle, input, None)
            stdout = stderr = None
            #@line 2134
            self.wait(timeout=self._remaining_time(endtime))
        # The native side took the pipes and has read them to their end.
        for pipe in (self.stdin, self.stdout, self.stderr):
            if pipe:
                pipe.close()

        if self.text_mode:
            if stdout is not None:
                stdout = _decode(stdout, self.stdout._encoding, self.stdout._errors)
            if stderr is not None:
                stderr = _decode(stderr, self.stderr._encoding, self.stderr._errors)
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        _native.send_signal(self._handle, sig)

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)


_fork_exec = _native.spawn
