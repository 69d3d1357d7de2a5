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
//! 'x'`, `'a' -> 'b'` for two paths).
//!
//! `stat`/`lstat`/`fstat` answer `os.stat_result` struct sequences;
//! `chdir`, `chmod`, `access`, `utime`, `symlink`, `readlink` and the
//! file-descriptor calls (`open`, `close`, `read`, `write`, `lseek`,
//! `ftruncate`, `fsync`) are here too. Descriptors are only those this
//! module opened (each path checked against the sandbox), kept in a
//! per-thread table; any other number is `[Errno 9] Bad file descriptor`.
//! `open()` takes a descriptor from the table (`os.fdopen`). Not
//! supported: `dir_fd`, the standard streams as descriptors, starting
//! processes.

use super::fileio::{os_error, path_arg, sandbox_denied};
use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::rc::Rc;

thread_local! {
    /// The descriptors `os.open` handed out, by number.
    static FDS: RefCell<HashMap<i64, File>> = RefCell::new(HashMap::new());
}

/// Takes descriptor `fd` out of the table (for `open(fd)`), if it is open.
pub(crate) fn take_fd(fd: i64) -> Option<File> {
    FDS.with(|t| t.borrow_mut().remove(&fd))
}

fn errno(n: i32, name: Option<&Value>) -> Box<crate::exceptions::PyErr> {
    os_error(&std::io::Error::from_raw_os_error(n), name, None)
}

/// Runs `f` with the file of descriptor `fd`, or fails with EBADF.
fn with_fd<R>(
    vm: &mut Vm,
    fd: &Value,
    f: impl FnOnce(&mut File) -> std::io::Result<R>,
) -> PyResult<R> {
    let n = crate::ops::index_i64(&super::index_value(vm, fd)?)?;
    FDS.with(|t| {
        let mut t = t.borrow_mut();
        let file = t.get_mut(&n).ok_or_else(|| errno(9, None))?;
        f(file).map_err(|e| os_error(&e, None, None))
    })
}

fn int_value(n: i128) -> Value {
    Value::from_bigint(n.into())
}

/// The fields of `os.stat_result`: ten items (the times as whole
/// seconds), then attributes only (the same names as floats win).
const STAT_FIELDS: &[&str] = &[
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

fn stat_value(md: &std::fs::Metadata) -> Value {
    let times = [
        (md.atime(), md.atime_nsec()),
        (md.mtime(), md.mtime_nsec()),
        (md.ctime(), md.ctime_nsec()),
    ];
    let mut values = vec![
        int_value(md.mode().into()),
        int_value(md.ino().into()),
        int_value(md.dev().into()),
        int_value(md.nlink().into()),
        int_value(md.uid().into()),
        int_value(md.gid().into()),
        int_value(md.size().into()),
    ];
    values.extend(times.iter().map(|&(s, _)| int_value(s.into())));
    values.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::Float(s as f64 + ns as f64 * 1e-9)),
    );
    values.extend(
        times
            .iter()
            .map(|&(s, ns)| int_value(i128::from(s) * 1_000_000_000 + i128::from(ns))),
    );
    values.extend([
        int_value(md.blksize().into()),
        int_value(md.blocks().into()),
        int_value(md.rdev().into()),
    ]);
    Value::Native(Rc::new(crate::objects::structseq::StructSeq {
        type_name: "os.stat_result",
        fields: STAT_FIELDS,
        values,
        namespace: false,
        visible: 10,
    }))
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)` and `lstat`: a path
/// or a descriptor from the table.
fn stat_common(vm: &mut Vm, args: &Args, func: &str, follow: bool) -> PyResult<Value> {
    let a = super::clinic_args(args, func, 0, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let given = a[0].clone().unwrap_or(Value::None);
    let follow = match &a[2] {
        Some(v) => follow && vm.truthy(v)?,
        None => follow,
    };
    if let Value::Int(_) | Value::Bool(_) = given {
        // A descriptor's metadata only fails for a bad descriptor, which
        // stat names.
        return with_fd(vm, &given, |f| f.metadata())
            .map(|m| stat_value(&m))
            .map_err(|_| errno(9, Some(&given)));
    }
    if let Value::None | Value::Float(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) = given
    {
        let accepts = if func == "stat" {
            "string, bytes, os.PathLike or integer"
        } else {
            "string, bytes or os.PathLike"
        };
        let got = match &given {
            Value::None => "NoneType",
            v => v.type_name(),
        };
        return Err(crate::exceptions::type_error(format!(
            "{func}: path should be {accepts}, not {got}"
        )));
    }
    let (name, path) = allowed(vm, &given)?;
    let md = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    md.map(|m| stat_value(&m))
        .map_err(|e| os_error(&e, Some(&name), None))
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_common(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_common(vm, args, "lstat", false)
}

fn fstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let fd = args.check_one("fstat")?;
    with_fd(vm, fd, |f| f.metadata()).map(|m| stat_value(&m))
}

/// `chdir(path)`: only to a directory inside the sandbox.
fn chdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, path) = path_arg(vm, args.check_one("chdir")?)?;
    if !vm.file_roots.admits_new(&path) {
        return Err(sandbox_denied(&name));
    }
    std::env::set_current_dir(&path).map_err(|e| os_error(&e, Some(&name), None))?;
    Ok(Value::None)
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn chmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "chmod",
        0,
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    let (name, path) = allowed(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let mode = crate::ops::index_i64(&super::index_value(
        vm,
        a[1].as_ref().unwrap_or(&Value::None),
    )?)?;
    let perms = std::fs::Permissions::from_mode(u32::try_from(mode).unwrap_or(0) & 0o7777);
    std::fs::set_permissions(&path, perms).map_err(|e| os_error(&e, Some(&name), None))?;
    Ok(Value::None)
}

/// The process's effective user and group ids, from `/proc/self/status`.
fn effective_ids() -> Option<(u32, u32)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |key: &str| -> Option<u32> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(2)?.parse().ok()
    };
    Some((field("Uid:")?, field("Gid:")?))
}

/// `access(path, mode)`: whether the process may reach the file as
/// `mode` asks (`F_OK` existence, `R_OK`/`W_OK`/`X_OK` from the
/// permission bits); false outside the sandbox.
fn access(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "access",
        0,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    let (_, path) = path_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let mode = crate::ops::index_i64(&super::index_value(
        vm,
        a[1].as_ref().unwrap_or(&Value::None),
    )?)?;
    if !vm.file_roots.admits_new(&path) {
        return Ok(Value::Bool(false));
    }
    let Ok(md) = std::fs::metadata(&path) else {
        return Ok(Value::Bool(false));
    };
    let bits = md.mode();
    let (uid, gid) = effective_ids().unwrap_or((u32::MAX, u32::MAX));
    let ok = |want: u32| -> bool {
        if uid == 0 {
            // root reads and writes anything, and runs what anyone may.
            return want != 1 || md.is_dir() || bits & 0o111 != 0;
        }
        let shift = if md.uid() == uid {
            6
        } else if md.gid() == gid {
            3
        } else {
            0
        };
        (bits >> shift) & want != 0
    };
    let granted = [(4, 4), (2, 2), (1, 1)]
        .iter()
        .all(|&(flag, want)| mode & flag == 0 || ok(want));
    Ok(Value::Bool(granted))
}

/// A time argument of `utime` as a `SystemTime`.
fn system_time(secs: f64) -> std::time::SystemTime {
    let d = std::time::Duration::from_secs_f64(secs.abs());
    if secs >= 0.0 {
        std::time::UNIX_EPOCH + d
    } else {
        std::time::UNIX_EPOCH - d
    }
}

/// `utime(path, times=None, *, ns=None, ...)`: sets the access and
/// modification times (now, without either).
fn utime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "utime",
        0,
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let (name, path) = allowed(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let pair = |v: &Value, what: &str| -> PyResult<(Value, Value)> {
        match v {
            Value::Tuple(t) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
            _ => Err(crate::exceptions::type_error(format!(
                "utime: '{what}' must be a tuple of two ints"
            ))),
        }
    };
    let (atime, mtime) = match (&a[1], &a[2]) {
        (Some(t), Some(_)) if !t.is_none() => {
            return Err(crate::exceptions::value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (_, Some(ns)) => {
            let (x, y) = pair(ns, "ns")?;
            let f = |v: &Value| crate::ops::index_i64(v).map(|n| n as f64 / 1e9);
            (system_time(f(&x)?), system_time(f(&y)?))
        }
        (Some(t), None) if !t.is_none() => {
            let (x, y) = match t {
                Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
                _ => {
                    return Err(crate::exceptions::type_error(
                        "utime: 'times' must be either a tuple of two ints or None",
                    ))
                }
            };
            let f = |v: &Value| match v {
                Value::Float(f) => Ok(*f),
                v => crate::ops::index_i64(v).map(|n| n as f64),
            };
            (system_time(f(&x)?), system_time(f(&y)?))
        }
        _ => {
            let now = std::time::SystemTime::now();
            (now, now)
        }
    };
    let times = std::fs::FileTimes::new()
        .set_accessed(atime)
        .set_modified(mtime);
    // CPython names no file in utime's errors.
    let _ = name;
    File::open(&path)
        .and_then(|f| f.set_times(times))
        .map_err(|e| os_error(&e, None, None))?;
    Ok(Value::None)
}

/// `symlink(src, dst)`: the link `dst` (inside the sandbox) to `src`.
fn symlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(
        args,
        "symlink",
        0,
        &["src", "dst", "target_is_directory", "dir_fd"],
        2,
    )?;
    let (src_name, src) = path_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let (dst_name, dst) = allowed(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    std::os::unix::fs::symlink(&src, &dst)
        .map_err(|e| os_error(&e, Some(&src_name), Some(&dst_name)))?;
    Ok(Value::None)
}

/// `readlink(path)`: a symbolic link's target.
fn readlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "readlink", 0, &["path", "dir_fd"], 1)?;
    let (name, path) = allowed(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let target = std::fs::read_link(&path).map_err(|e| os_error(&e, Some(&name), None))?;
    let target = target.to_string_lossy().into_owned();
    Ok(match name {
        Value::Bytes(_) => crate::objects::bytes::new_value(target.into_bytes()),
        _ => Value::str(&target),
    })
}

/// `_realpath(path)`: the absolute path with the symbolic links of its
/// existing part resolved (the rest appended as it is); the path unchanged
/// where the sandbox hides the answer.
fn realpath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, path) = path_arg(vm, args.check_one("_realpath")?)?;
    let mut at = std::path::Path::new(&path);
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(at) {
            if !vm.file_roots.admits(&real.to_string_lossy()) {
                return Ok(Value::str(&path));
            }
            let full = rest.iter().rev().fold(real, |p, c| p.join(c));
            return Ok(Value::str(&full.to_string_lossy()));
        }
        match (at.file_name(), at.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                at = parent;
            }
            _ => return Ok(Value::str(&path)),
        }
    }
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new descriptor.
fn os_open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::clinic_args(args, "open", 0, &["path", "flags", "mode", "dir_fd"], 2)?;
    let (name, path) = allowed(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let flags = crate::ops::index_i64(&super::index_value(
        vm,
        a[1].as_ref().unwrap_or(&Value::None),
    )?)?;
    let mode = match &a[2] {
        Some(v) => crate::ops::index_i64(&super::index_value(vm, v)?)?,
        None => 0o777,
    };
    let access = flags & 3;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(access != 1)
        .write(access != 0)
        .append(flags & 0o2000 != 0)
        .truncate(flags & 0o1000 != 0)
        .create(flags & 0o100 != 0)
        .create_new(flags & 0o300 == 0o300)
        .mode(u32::try_from(mode).unwrap_or(0o777))
        .custom_flags(i32::try_from(flags & !0o3303).unwrap_or(0));
    let f = opts
        .open(&path)
        .map_err(|e| os_error(&e, Some(&name), None))?;
    let fd = i64::from(f.as_raw_fd());
    FDS.with(|t| t.borrow_mut().insert(fd, f));
    Ok(Value::Int(fd))
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let fd = args.check_one("close")?;
    let n = crate::ops::index_i64(&super::index_value(vm, fd)?)?;
    take_fd(n).ok_or_else(|| errno(9, None))?;
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("read", 2)?;
    let n = crate::ops::index_i64(&super::index_value(vm, &args.pos[1])?)?;
    let n = usize::try_from(n).map_err(|_| errno(22, None))?;
    vm.check_alloc(n)?;
    let data = with_fd(vm, &args.pos[0], |f| {
        let mut buf = Vec::new();
        f.take(n as u64).read_to_end(&mut buf)?;
        Ok(buf)
    })?;
    Ok(crate::objects::bytes::new_value(data))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("write", 2)?;
    let data = crate::buffer::ContiguousBuffer::readable(&args.pos[1])?.with(<[u8]>::to_vec)?;
    let n = with_fd(vm, &args.pos[0], |f| f.write(&data))?;
    Ok(Value::from_usize(n))
}

fn lseek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("lseek", 3)?;
    let pos = crate::ops::index_i64(&super::index_value(vm, &args.pos[1])?)?;
    let how = crate::ops::index_i64(&super::index_value(vm, &args.pos[2])?)?;
    let to = match how {
        0 => SeekFrom::Start(u64::try_from(pos).map_err(|_| errno(22, None))?),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(errno(22, None)),
    };
    let at = with_fd(vm, &args.pos[0], |f| f.seek(to))?;
    Ok(int_value(at.into()))
}

fn ftruncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("ftruncate", 2)?;
    let len = crate::ops::index_i64(&super::index_value(vm, &args.pos[1])?)?;
    let len = u64::try_from(len).map_err(|_| errno(22, None))?;
    with_fd(vm, &args.pos[0], |f| f.set_len(len))?;
    Ok(Value::None)
}

fn fsync(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let fd = args.check_one("fsync")?;
    with_fd(vm, fd, |f| f.sync_all())?;
    Ok(Value::None)
}

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

/// `cpu_count()`: the CPUs the process may run on (`None` if unknown).
fn cpu_count(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_exact("cpu_count", 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::from_usize(n.get())))
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

/// `_islink(path)`: false for what the sandbox hides or does not exist.
fn islink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, path) = path_arg(vm, args.check_one("_islink")?)?;
    let seen = vm.file_roots.admits_new(&path)
        && std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    Ok(Value::Bool(seen))
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
        ("_islink", islink),
        ("_realpath", realpath),
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("chdir", chdir),
        ("chmod", chmod),
        ("access", access),
        ("utime", utime),
        ("symlink", symlink),
        ("readlink", readlink),
        ("open", os_open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("ftruncate", ftruncate),
        ("fsync", fsync),
        ("_getsize", getsize),
        ("uname", uname),
        ("getpid", getpid),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
        ("_environ", environ),
    ];
    PyModule::new(
        "posix",
        fns.iter()
            .map(|&(name, f)| (name, builtin(name, Some("posix"), f)))
            .collect(),
    )
}
