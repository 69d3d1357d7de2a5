//! `_pyview_subprocess`: the native half of the Python-written
//! `subprocess` (its `Popen`, `run` and friends): starting a child with
//! `std::process`, its pipes, waiting with a timeout, signals.
//!
//! A child is a slot in the interpreter's [`ProcessTable`], named by the
//! handle `spawn` returns. Pipes are read and written in place (`read`,
//! `readline`, `write`) until `communicate` hands the ones left to
//! threads, which read to the end while the interpreter waits with its
//! deadline; a timeout leaves them running for the next `communicate`.
//!
//! Children are other processes: the host allows them with
//! `Builder::unrestricted_processes()` (the `pyview` command does); a
//! sandboxed interpreter refuses `spawn` with CPython's `PermissionError`.
//! A child given the interpreter's own stdout or stderr (the default)
//! writes to the process's, not to a host's capture sink.

use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::bytes::PyBytes;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::rc::Rc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// `subprocess.PIPE`, `STDOUT` and `DEVNULL`, as CPython numbers them.
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

type Pipe = BufReader<Box<dyn Read + Send>>;

/// One child and what is left of its pipes.
struct Proc {
    child: Child,
    stdin: Option<ChildStdin>,
    /// stdout and stderr, while the interpreter reads them itself.
    pipes: [Option<Pipe>; 2],
    /// Threads reading stdout and stderr to their end (`communicate`).
    readers: [Option<JoinHandle<std::io::Result<Vec<u8>>>>; 2],
    writer: Option<JoinHandle<()>>,
    returncode: Option<i64>,
}

/// The interpreter's children, and whether the host allows them.
#[derive(Default)]
pub struct ProcessTable {
    pub allowed: bool,
    procs: Vec<Option<Proc>>,
}

impl std::fmt::Debug for ProcessTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ProcessTable({} children)", self.procs.len())
    }
}

pub fn module() -> Rc<PyModule> {
    let m = "_pyview_subprocess";
    PyModule::new(
        m,
        vec![
            ("spawn", builtin("spawn", Some(m), spawn)),
            ("read", builtin("read", Some(m), read)),
            ("readline", builtin("readline", Some(m), readline)),
            ("write", builtin("write", Some(m), write)),
            ("close", builtin("close", Some(m), close)),
            ("communicate", builtin("communicate", Some(m), communicate)),
            ("wait", builtin("wait", Some(m), wait)),
            ("poll", builtin("poll", Some(m), poll)),
            ("send_signal", builtin("send_signal", Some(m), send_signal)),
            ("PIPE", Value::Int(PIPE)),
            ("STDOUT", Value::Int(STDOUT)),
            ("DEVNULL", Value::Int(DEVNULL)),
        ],
    )
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    match crate::buffer::to_vec(v) {
        Some(r) => r,
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// An argument, program or directory: str, bytes or os.PathLike, as the
/// bytes the OS sees (CPython's `fsencode`, with its errors).
fn os_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let (v, _) = super::fileio::path_arg(vm, v)?;
    match &v {
        Value::Str(s) => Ok(s.as_bytes().to_vec()),
        other => bytes_arg(other),
    }
}

fn int_arg(v: &Value) -> PyResult<i64> {
    match crate::dispatch::plain(v) {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `(errno, strerror, which)` for a child that could not start: what
/// CPython's parent reads from its child's error pipe, strerror as C's.
fn spawn_failure(e: &std::io::Error, which: &str) -> Value {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    Value::new_tuple(vec![
        Value::Int(errno.into()),
        Value::str(&strerror),
        Value::str(which),
    ])
}

fn io_err(e: &std::io::Error) -> Box<crate::exceptions::PyErr> {
    super::fileio::os_error(e, None, None)
}

/// A standard stream of the child: a mode number (`None` is 0, the
/// interpreter's own stream; 1 and 2 name the process's stdout/stderr).
/// `STDOUT` is resolved by `spawn`, which knows where stdout goes.
fn stdio_for(mode: i64) -> PyResult<Stdio> {
    use std::os::fd::AsFd;
    Ok(match mode {
        0 => Stdio::inherit(),
        PIPE => Stdio::piped(),
        DEVNULL => Stdio::null(),
        1 => Stdio::from(
            std::io::stdout()
                .as_fd()
                .try_clone_to_owned()
                .map_err(|e| io_err(&e))?,
        ),
        2 => Stdio::from(
            std::io::stderr()
                .as_fd()
                .try_clone_to_owned()
                .map_err(|e| io_err(&e))?,
        ),
        _ => {
            return Err(value_error(
                "pyview's subprocess takes PIPE, DEVNULL, STDOUT, None or the descriptors 1 and 2",
            ))
        }
    })
}

/// `spawn(argv, executable, cwd, env, stdin, stdout, stderr)`: argv a list
/// of str, bytes or path-like objects, env None or a list of (name, value)
/// bytes pairs. Answers the
/// handle and the pid, or `(errno, strerror, which)` when the child could
/// not start (`which` is "cwd" or "exe": the name CPython's error shows).
fn spawn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("spawn", "spawn", 7, 7)?;
    let mut argv = Vec::new();
    for a in vm.collect(&args.pos[0])? {
        argv.push(os_bytes(vm, &a)?);
    }
    let Some(arg0) = argv.first() else {
        return Err(value_error("empty argv"));
    };
    if !vm.processes.allowed {
        return Ok(spawn_failure(&std::io::Error::from_raw_os_error(13), "exe"));
    }
    let program = match &args.pos[1] {
        Value::None => arg0.clone(),
        v => os_bytes(vm, v)?,
    };
    let mut cmd = Command::new(std::ffi::OsString::from_vec(program));
    cmd.arg0(std::ffi::OsString::from_vec(arg0.clone()));
    cmd.args(
        argv[1..]
            .iter()
            .map(|a| std::ffi::OsString::from_vec(a.clone())),
    );
    if !matches!(args.pos[2], Value::None) {
        let cwd = os_bytes(vm, &args.pos[2])?;
        let cwd = std::path::PathBuf::from(std::ffi::OsString::from_vec(cwd));
        let failed = match std::fs::metadata(&cwd) {
            Err(e) => Some(e),
            Ok(md) if !md.is_dir() => Some(std::io::Error::from_raw_os_error(20)),
            Ok(_) => None,
        };
        if let Some(e) = failed {
            return Ok(spawn_failure(&e, "cwd"));
        }
        cmd.current_dir(cwd);
    }
    if !matches!(args.pos[3], Value::None) {
        cmd.env_clear();
        for pair in vm.collect(&args.pos[3])? {
            let kv = vm.collect(&pair)?;
            if kv.len() != 2 {
                return Err(value_error("env items must be (name, value) pairs"));
            }
            cmd.env(
                std::ffi::OsString::from_vec(bytes_arg(&kv[0])?),
                std::ffi::OsString::from_vec(bytes_arg(&kv[1])?),
            );
        }
    }
    let modes = [
        int_arg(&args.pos[4])?,
        int_arg(&args.pos[5])?,
        int_arg(&args.pos[6])?,
    ];
    // stderr=STDOUT with stdout=PIPE: both write into one pipe of ours.
    let merged = if modes[2] == STDOUT && modes[1] == PIPE {
        Some(std::io::pipe().map_err(|e| io_err(&e))?)
    } else {
        None
    };
    cmd.stdin(stdio_for(modes[0])?);
    match &merged {
        Some((_, w)) => {
            cmd.stdout(Stdio::from(w.try_clone().map_err(|e| io_err(&e))?));
            cmd.stderr(Stdio::from(w.try_clone().map_err(|e| io_err(&e))?));
        }
        None => {
            cmd.stdout(stdio_for(modes[1])?);
            // stderr=STDOUT without a pipe: where stdout goes.
            let err = if modes[2] == STDOUT {
                modes[1]
            } else {
                modes[2]
            };
            cmd.stderr(stdio_for(err)?);
        }
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Ok(spawn_failure(&e, "exe")),
    };
    // The command keeps copies of the pipe's writing end: drop them so
    // the reader sees the end of the file when the child exits.
    drop(cmd);
    let stdout: Option<Box<dyn Read + Send>> = match merged {
        Some((r, _)) => Some(Box::new(r)),
        None => child
            .stdout
            .take()
            .map(|o| Box::new(o) as Box<dyn Read + Send>),
    };
    let stderr = child
        .stderr
        .take()
        .map(|o| Box::new(o) as Box<dyn Read + Send>);
    let pid = i64::from(child.id());
    let proc = Proc {
        stdin: child.stdin.take(),
        child,
        pipes: [stdout.map(BufReader::new), stderr.map(BufReader::new)],
        readers: [None, None],
        writer: None,
        returncode: None,
    };
    let table = &mut vm.processes.procs;
    table.push(Some(proc));
    Ok(Value::new_tuple(vec![
        Value::Int(table.len() as i64 - 1),
        Value::Int(pid),
    ]))
}

fn proc_of<'a>(vm: &'a mut Vm, h: &Value) -> PyResult<&'a mut Proc> {
    let i = int_arg(h)?;
    vm.processes
        .procs
        .get_mut(usize::try_from(i).unwrap_or(usize::MAX))
        .and_then(Option::as_mut)
        .ok_or_else(|| value_error("no such child process"))
}

/// Which pipe: 1 is stdout, 2 stderr.
fn pipe_index(v: &Value) -> PyResult<usize> {
    match int_arg(v)? {
        1 => Ok(0),
        2 => Ok(1),
        _ => Err(value_error("pipe must be 1 (stdout) or 2 (stderr)")),
    }
}

/// `read(h, which, n)`: up to `n` bytes (all, when `n` is negative),
/// fewer only at the end of the pipe.
fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("read", "read", 3, 3)?;
    let which = pipe_index(&args.pos[1])?;
    let n = int_arg(&args.pos[2])?;
    let p = proc_of(vm, &args.pos[0])?;
    let Some(pipe) = p.pipes[which].as_mut() else {
        return Err(value_error("read of closed file"));
    };
    let mut out = Vec::new();
    let r = if n < 0 {
        pipe.read_to_end(&mut out).map(|_| ())
    } else {
        pipe.take(n as u64).read_to_end(&mut out).map(|_| ())
    };
    r.map_err(|e| io_err(&e))?;
    Ok(bytes_value(out))
}

/// `readline(h, which)`: through the next newline, or to the end.
fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("readline", "readline", 2, 2)?;
    let which = pipe_index(&args.pos[1])?;
    let p = proc_of(vm, &args.pos[0])?;
    let Some(pipe) = p.pipes[which].as_mut() else {
        return Err(value_error("readline of closed file"));
    };
    let mut out = Vec::new();
    pipe.read_until(b'\n', &mut out).map_err(|e| io_err(&e))?;
    Ok(bytes_value(out))
}

/// `write(h, data)`: all of `data` to the child's stdin.
fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("write", "write", 2, 2)?;
    let data = bytes_arg(&args.pos[1])?;
    let p = proc_of(vm, &args.pos[0])?;
    let Some(stdin) = p.stdin.as_mut() else {
        return Err(value_error("write to closed file"));
    };
    stdin
        .write_all(&data)
        .and_then(|()| stdin.flush())
        .map_err(|e| io_err(&e))?;
    Ok(Value::Int(data.len() as i64))
}

/// `close(h, which)`: 0 closes stdin, 1 stdout, 2 stderr.
fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("close", "close", 2, 2)?;
    let which = int_arg(&args.pos[1])?;
    let p = proc_of(vm, &args.pos[0])?;
    match which {
        0 => p.stdin = None,
        1 | 2 => p.pipes[which as usize - 1] = None,
        _ => return Err(value_error("stream must be 0, 1 or 2")),
    }
    Ok(Value::None)
}

fn deadline_of(v: &Value) -> PyResult<Option<Instant>> {
    Ok(match v {
        Value::None => None,
        Value::Float(f) => Some(Instant::now() + Duration::from_secs_f64(f.max(0.0))),
        v => Some(Instant::now() + Duration::from_secs(int_arg(v)?.max(0) as u64)),
    })
}

/// Sleeps a little while waiting: growing steps, as CPython's `_wait`.
fn nap(step: &mut Duration, deadline: Option<Instant>) {
    let mut d = *step;
    if let Some(end) = deadline {
        d = d.min(end.saturating_duration_since(Instant::now()));
    }
    std::thread::sleep(d);
    *step = (*step * 2).min(Duration::from_millis(50));
}

fn status_code(s: std::process::ExitStatus) -> i64 {
    match s.code() {
        Some(c) => c.into(),
        None => -i64::from(s.signal().unwrap_or(0)),
    }
}

/// `communicate(h, input, timeout)`: sends `input` (bytes or None) and
/// closes stdin, reads stdout and stderr to their end; answers their
/// bytes (None for a pipe there is not), or None when the timeout came
/// first (the reading goes on for the next call).
fn communicate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("communicate", "communicate", 3, 3)?;
    let input = match &args.pos[1] {
        Value::None => None,
        v => Some(bytes_arg(v)?),
    };
    let deadline = deadline_of(&args.pos[2])?;
    let p = proc_of(vm, &args.pos[0])?;
    if let Some(mut stdin) = p.stdin.take() {
        if let Some(data) = input {
            // A child that exits without reading its input breaks the
            // pipe: CPython ignores that too.
            p.writer = Some(std::thread::spawn(move || {
                let _ = stdin.write_all(&data);
            }));
        }
    }
    for i in 0..2 {
        if let Some(mut pipe) = p.pipes[i].take() {
            p.readers[i] = Some(std::thread::spawn(move || {
                let mut out = Vec::new();
                pipe.read_to_end(&mut out).map(|_| out)
            }));
        }
    }
    let mut step = Duration::from_micros(500);
    loop {
        let busy = p.readers.iter().flatten().any(|t| !t.is_finished())
            || p.writer.as_ref().is_some_and(|t| !t.is_finished());
        if !busy {
            break;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(Value::None);
        }
        nap(&mut step, deadline);
    }
    if let Some(w) = p.writer.take() {
        let _ = w.join();
    }
    let mut outs = Vec::new();
    for i in 0..2 {
        outs.push(match p.readers[i].take() {
            Some(t) => match t.join() {
                Ok(Ok(data)) => bytes_value(data),
                Ok(Err(e)) => return Err(io_err(&e)),
                Err(_) => bytes_value(Vec::new()),
            },
            None => Value::None,
        });
    }
    Ok(Value::new_tuple(outs))
}

/// `wait(h, timeout)`: the return code, or None when the timeout came
/// first. A child killed by signal N answers -N.
fn wait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("wait", "wait", 2, 2)?;
    let deadline = deadline_of(&args.pos[1])?;
    let interrupt = vm.interrupt.clone();
    let p = proc_of(vm, &args.pos[0])?;
    let mut step = Duration::from_micros(500);
    loop {
        if let Some(rc) = p.returncode {
            return Ok(Value::Int(rc));
        }
        if let Some(s) = p.child.try_wait().map_err(|e| io_err(&e))? {
            p.returncode = Some(status_code(s));
            continue;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(Value::None);
        }
        if interrupt.load(std::sync::atomic::Ordering::Relaxed) {
            // Ctrl-C: the interpreter raises at its next check.
            return Ok(Value::None);
        }
        nap(&mut step, deadline);
    }
}

/// `poll(h)`: the return code if the child has ended, else None.
fn poll(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("poll", "poll", 1, 1)?;
    let p = proc_of(vm, &args.pos[0])?;
    if p.returncode.is_none() {
        if let Some(s) = p.child.try_wait().map_err(|e| io_err(&e))? {
            p.returncode = Some(status_code(s));
        }
    }
    Ok(p.returncode.map_or(Value::None, Value::Int))
}

/// `send_signal(h, sig)`: nothing once the child has ended (its pid may
/// belong to another process by then), as CPython.
fn send_signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("send_signal", "send_signal", 2, 2)?;
    let sig = int_arg(&args.pos[1])?;
    let p = proc_of(vm, &args.pos[0])?;
    if p.returncode.is_some() {
        return Ok(Value::None);
    }
    if let Some(s) = p.child.try_wait().map_err(|e| io_err(&e))? {
        p.returncode = Some(status_code(s));
        return Ok(Value::None);
    }
    let signal = i32::try_from(sig)
        .ok()
        .and_then(rustix::process::Signal::from_named_raw)
        .ok_or_else(|| io_err(&std::io::Error::from_raw_os_error(22)))?;
    let pid = rustix::process::Pid::from_raw(p.child.id() as i32)
        .ok_or_else(|| value_error("no such child process"))?;
    rustix::process::kill_process(pid, signal).map_err(|e| io_err(&e.into()))?;
    Ok(Value::None)
}
