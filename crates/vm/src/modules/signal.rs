//! `_signal`, under the Python-written `signal` (its `Signals` and
//! `Handlers` enums): Linux's signal numbers, `signal`, `getsignal`,
//! `raise_signal`, `alarm`, `strsignal`, `valid_signals` and
//! `default_int_handler`, with CPython's checks and messages.
//!
//! The handlers live in the interpreter, not in the process: the host
//! keeps the process's signals (the `pyview` binary turns SIGINT into the
//! VM's interrupt flag). A signal reaches a handler at the interpreter's
//! next check of that flag, as CPython runs handlers between bytecodes:
//! SIGINT from the host, the signals `raise_signal` raises (at once) and
//! the alarm of `alarm()` (a timer thread sets the flag, so `time.sleep`
//! and busy loops both see it; a sleep goes on after the handler, as
//! CPython's does). A signal whose handler is `SIG_DFL` and whose default
//! action ends the process ends the script with `SystemExit(128 + n)`,
//! the status a shell shows for a process killed by signal `n`.

use crate::exceptions::{err_from, type_error, value_error, ExcType, PyException, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// `NSIG`: one more than the highest signal number.
pub const NSIG: i64 = 65;
const SIGINT: i64 = 2;
const SIGALRM: i64 = 14;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// The signal names of Linux x86-64, in the order of `dir(_signal)`'s
/// numbers (aliases after the name they share a number with).
const NAMES: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// glibc's `strsignal` text for signals 1-31.
const DESCRIPTIONS: &[&str] = &[
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

/// The interpreter's signal state: the handlers Python code installed,
/// the signals waiting for the next check, and the pending alarm.
#[derive(Debug, Default)]
pub struct SignalState {
    handlers: std::collections::HashMap<i64, Value>,
    /// Bit `n - 1` for each signal `n` waiting; shared with timer threads.
    pub(crate) pending: Arc<std::sync::atomic::AtomicU64>,
    /// Bumped by each `alarm()`, so an older timer thread does nothing.
    alarm_generation: Arc<std::sync::atomic::AtomicU64>,
    alarm_deadline: Option<Instant>,
    default_int_handler: Option<Value>,
}

pub fn module(vm: &mut Vm) -> Rc<PyModule> {
    let mut attrs: Vec<(&str, Value)> = vec![
        ("signal", builtin("signal", Some("_signal"), signal)),
        (
            "getsignal",
            builtin("getsignal", Some("_signal"), getsignal),
        ),
        (
            "raise_signal",
            builtin("raise_signal", Some("_signal"), raise_signal),
        ),
        ("alarm", builtin("alarm", Some("_signal"), alarm)),
        (
            "strsignal",
            builtin("strsignal", Some("_signal"), strsignal),
        ),
        (
            "valid_signals",
            builtin("valid_signals", Some("_signal"), valid_signals),
        ),
        ("default_int_handler", default_int_handler(vm)),
        ("SIG_DFL", Value::Int(SIG_DFL)),
        ("SIG_IGN", Value::Int(SIG_IGN)),
        ("NSIG", Value::Int(NSIG)),
    ];
    for &(name, n) in NAMES {
        attrs.push((name, Value::Int(n)));
    }
    PyModule::new("_signal", attrs)
}

/// The one `default_int_handler` object (so `getsignal(SIGINT) is
/// default_int_handler`).
fn default_int_handler(vm: &mut Vm) -> Value {
    vm.signals
        .default_int_handler
        .get_or_insert_with(|| {
            builtin("default_int_handler", Some("_signal"), |_, _| {
                Err(err_from(PyException::new(
                    ExcType::KeyboardInterrupt,
                    Vec::new(),
                )))
            })
        })
        .clone()
}

/// The signal number argument: an int in `1..NSIG`.
fn signal_number(v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(crate::exceptions::overflow_error(
                "Python int too large to convert to C long",
            ))
        }
        other => match crate::dispatch::plain(other) {
            Value::Int(n) => *n,
            _ => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        },
    };
    if !(1..NSIG).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    Ok(n)
}

/// The handler a signal has when Python code has not set one: Python's
/// own for SIGINT, ignored for SIGPIPE and SIGXFSZ (CPython ignores them
/// at startup), the default action for the others.
fn initial_handler(vm: &mut Vm, n: i64) -> Value {
    match n {
        SIGINT => default_int_handler(vm),
        13 | 25 => Value::Int(SIG_IGN),
        _ => Value::Int(SIG_DFL),
    }
}

fn handler_of(vm: &mut Vm, n: i64) -> Value {
    match vm.signals.handlers.get(&n) {
        Some(h) => h.clone(),
        None => initial_handler(vm, n),
    }
}

/// `signal(signalnum, handler)`: installs `handler`, returns the old one.
fn signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("signal", "signal", 2, 2)?;
    let n = signal_number(&args.pos[0])?;
    let handler = &args.pos[1];
    let is_int = |v: &Value, k: i64| matches!(crate::dispatch::plain(v), Value::Int(i) if *i == k);
    if !is_int(handler, SIG_IGN)
        && !is_int(handler, SIG_DFL)
        && !crate::builtins::is_callable(handler)
    {
        return Err(type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    // The kernel refuses to change these two.
    if n == 9 || n == 19 {
        return Err(super::fileio::os_error(
            &std::io::Error::from_raw_os_error(22),
            None,
            None,
        ));
    }
    let old = handler_of(vm, n);
    vm.signals.handlers.insert(n, handler.clone());
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = signal_number(args.check_one("getsignal")?)?;
    Ok(handler_of(vm, n))
}

/// `raise_signal(signalnum)`: the handler runs before it returns.
fn raise_signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = signal_number(args.check_one("raise_signal")?)?;
    if n == 32 || n == 33 {
        // Reserved by glibc for its threads: raise() refuses them.
        return Err(super::fileio::os_error(
            &std::io::Error::from_raw_os_error(22),
            None,
            None,
        ));
    }
    deliver(vm, n)?;
    Ok(Value::None)
}

/// `alarm(seconds)`: arms (0 disarms) the alarm, returns the seconds that
/// were left of the previous one (rounded as Linux's `alarm` does).
fn alarm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let secs = match args.check_one("alarm")? {
        Value::Int(n) if *n >= 0 => *n as u64,
        Value::Bool(b) => *b as u64,
        Value::Int(_) => {
            return Err(crate::exceptions::overflow_error(
                "Python int too large to convert to C unsigned long",
            ))
        }
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let now = Instant::now();
    let left = vm.signals.alarm_deadline.take().map_or(0, |d| {
        let rest = d.saturating_duration_since(now);
        let whole = rest.as_secs() + u64::from(rest.subsec_micros() >= 500_000);
        if whole == 0 && !rest.is_zero() {
            1
        } else {
            whole
        }
    });
    let generation = vm.signals.alarm_generation.fetch_add(1, Ordering::SeqCst) + 1;
    if secs > 0 {
        let wait = Duration::from_secs(secs);
        vm.signals.alarm_deadline = Some(now + wait);
        let current = vm.signals.alarm_generation.clone();
        let pending = vm.signals.pending.clone();
        let flag = vm.interrupt.clone();
        std::thread::spawn(move || {
            std::thread::sleep(wait);
            if current.load(Ordering::SeqCst) == generation {
                pending.fetch_or(1 << (SIGALRM - 1), Ordering::SeqCst);
                flag.store(true, Ordering::SeqCst);
            }
        });
    }
    Ok(Value::from_usize(
        usize::try_from(left).unwrap_or(usize::MAX),
    ))
}

fn strsignal(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = signal_number(args.check_one("strsignal")?)?;
    Ok(match n {
        1..=31 => Value::str(DESCRIPTIONS[(n - 1) as usize]),
        34..=64 => Value::str(&format!("Real-time signal {}", n - 34)),
        _ => Value::None,
    })
}

/// The numbers a handler can be set for: all but the two glibc keeps.
fn valid_signals(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("valid_signals", "valid_signals", 0, 0)?;
    let mut table = crate::objects::set::SetTable::default();
    for n in (1..NSIG).filter(|n| *n != 32 && *n != 33) {
        table.add(Value::Int(n))?;
    }
    Ok(crate::objects::set::new_value(table, false))
}

/// Runs the handler of signal `n` now.
pub(crate) fn deliver(vm: &mut Vm, n: i64) -> PyResult<()> {
    if n == SIGALRM {
        vm.signals.alarm_deadline = None;
    }
    let handler = match vm.signals.handlers.get(&n) {
        Some(h) => h.clone(),
        // SIGINT without a Python handler: KeyboardInterrupt, directly.
        None if n == SIGINT => {
            return Err(err_from(PyException::new(
                ExcType::KeyboardInterrupt,
                Vec::new(),
            )))
        }
        None => initial_handler(vm, n),
    };
    match crate::dispatch::plain(&handler) {
        Value::Int(i) if *i == SIG_IGN => Ok(()),
        Value::Int(_) => {
            // SIGCHLD, SIGCONT, SIGURG and SIGWINCH are ignored by default.
            if matches!(n, 17 | 18 | 23 | 28) {
                return Ok(());
            }
            Err(err_from(PyException::new(
                ExcType::SystemExit,
                vec![Value::Int(128 + n)],
            )))
        }
        _ => vm
            .call(&handler, Args::new(vec![Value::Int(n), Value::None]))
            .map(drop),
    }
}

/// Takes the signals waiting (bit `n - 1` for signal `n`).
pub(crate) fn take_pending(vm: &Vm) -> u64 {
    vm.signals.pending.swap(0, Ordering::SeqCst)
}
