//! `posix`: the system calls under `os` (Python source, `py/os.py`) and
//! `os.path` (`py/posixpath.py`): `getcwd`, `listdir`, `mkdir`, `rmdir`,
//! `remove`/`unlink`, `rename`/`replace`, `urandom`, `fspath`, `uname`,
//! `getpid`, `getppid`, `_environ` (for `os.environ`), and the
//! `_exists`/`_isfile`/`_isdir`/`_getsize` queries the path functions use.
//!
//! Every path goes through the host's file sandbox (`Vm::file_roots`, the
//! same rule as `open()`): changing something outside is
//! `PermissionError: [Errno 13] Permission denied`, and the queries answer
//! as if nothing outside existed. Errors are CPython's `OSError`
//! subclasses with its messages (`[Errno 2] No such file or directory:
//! 'x'`, `'a' -> 'b'` for two paths). Not supported: `stat` results,
//! file descriptors, the environment, starting processes.

use super::fileio::{os_error, path_arg, sandbox_denied};
use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::rc::Rc;

/// A path argument checked against the sandbox: its name (for messages)
/// and the path.
fn allowed(vm: &mut Vm, v: &Value) -> PyResult<(Value, String)> {
    let (name, path) = path_arg(vm, v)?;
    if !vm.file_roots.admits_new(&path) {
        return Err(sandbox_denied(&name));
    }
    Ok((name, path))
}

/// Runs a one-path system call, naming the path in its error.
fn one_path(
    vm: &mut Vm,
    args: &Args,
    func: &str,
    call: impl FnOnce(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    let (name, path) = allowed(vm, args.check_one(func)?)?;
    call(&path).map_err(|e| os_error(&e, Some(&name), None))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_path(vm, args, "remove", |p| std::fs::remove_file(p))
}

fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_path(vm, args, "mkdir", |p| std::fs::create_dir(p))
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_path(vm, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn rename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("rename", 2)?;
    let (src_name, src) = allowed(vm, &args.pos[0])?;
    let (dst_name, dst) = allowed(vm, &args.pos[1])?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(&e, Some(&src_name), Some(&dst_name)))?;
    Ok(Value::None)
}

/// `getpid()`: this process's id.
fn getpid(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("getpid", 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

/// `getppid()`: the parent process's id.
fn getppid(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("getppid", 0)?;
    Ok(Value::Int(i64::from(std::os::unix::process::parent_id())))
}

/// The process's environment as a dict of str, for `os.environ`; empty
/// unless the host lets the script reach any file (a sandboxed script
/// learns nothing of its host).
fn environ(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("_environ", 0)?;
    let d = crate::objects::dict::PyDict::default();
    if matches!(vm.file_roots, crate::import::PathRoots::Anywhere) {
        for (k, v) in std::env::vars_os() {
            d.set(
                Value::str(&k.to_string_lossy()),
                Value::str(&v.to_string_lossy()),
            )?;
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `getcwd()`: the working directory, when it lies inside the sandbox
/// (a host's own directories are not the script's to learn).
fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("getcwd", 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, None, None))?;
    let cwd = cwd.to_string_lossy();
    if !vm.file_roots.admits(&cwd) {
        return Err(os_error(&std::io::Error::from_raw_os_error(13), None, None));
    }
    Ok(Value::str(&cwd))
}

/// `listdir(path='.')`: names as str, or as bytes for a bytes path.
fn listdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "listdir", 0, &["path"], 0)?;
    let given = a[0].clone().unwrap_or_else(|| Value::str("."));
    let (name, path) = allowed(vm, &given)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(&e, Some(&name), None))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, Some(&name), None))?;
        let file = entry.file_name().to_string_lossy().into_owned();
        names.push(match name {
            Value::Bytes(_) => crate::objects::bytes::new_value(file.into_bytes()),
            _ => Value::str(&file),
        });
    }
    Ok(Value::new_list(names))
}

/// `fspath(path)`: str and bytes as they are, else `__fspath__()`.
fn fspath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.check_one("fspath")?;
    Ok(path_arg(vm, v)?.0)
}

/// A query about a path: false for what the sandbox hides or the OS
/// cannot see.
fn query(
    vm: &mut Vm,
    args: &Args,
    func: &str,
    test: fn(&std::fs::Metadata) -> bool,
) -> PyResult<Value> {
    let v = args.check_one(func)?;
    let (_, path) = path_arg(vm, v)?;
    let seen = vm.file_roots.admits_new(&path) && std::fs::metadata(&path).is_ok_and(|m| test(&m));
    Ok(Value::Bool(seen))
}

fn exists(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    query(vm, args, "_exists", |_| true)
}

fn isfile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    query(vm, args, "_isfile", |m| m.is_file())
}

fn isdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    query(vm, args, "_isdir", |m| m.is_dir())
}

fn getsize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, path) = allowed(vm, args.check_one("getsize")?)?;
    let md = std::fs::metadata(&path).map_err(|e| os_error(&e, Some(&name), None))?;
    Ok(Value::Int(i64::try_from(md.len()).unwrap_or(i64::MAX)))
}

/// `os.uname()`: the kernel's names as Linux publishes them under
/// `/proc/sys/kernel` (empty where that cannot be read), and the machine
/// this binary was built for.
fn uname(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("uname")?;
    let kernel = |name: &str| {
        let text = std::fs::read_to_string(format!("/proc/sys/kernel/{name}")).unwrap_or_default();
        Value::str(text.trim_end_matches('\n'))
    };
    Ok(crate::objects::structseq::StructSeq::value(
        "posix.uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
        vec![
            kernel("ostype"),
            kernel("hostname"),
            kernel("osrelease"),
            kernel("version"),
            Value::str(std::env::consts::ARCH),
        ],
    ))
}

pub fn module() -> Rc<PyModule> {
    type F = fn(&mut Vm, &Args) -> PyResult<Value>;
    let fns: &[(&str, F)] = &[
        ("getcwd", getcwd),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("fspath", fspath),
        ("urandom", super::random::urandom),
        ("_exists", exists),
        ("_isfile", isfile),
        ("_isdir", isdir),
        ("_getsize", getsize),
        ("uname", uname),
        ("getpid", getpid),
        ("getppid", getppid),
        ("_environ", environ),
    ];
    PyModule::new(
        "posix",
        fns.iter()
            .map(|&(name, f)| (name, builtin(name, Some("posix"), f)))
            .collect(),
    )
}
