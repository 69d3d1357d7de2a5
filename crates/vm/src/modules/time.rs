//! The `time` module: wall clock, monotonic counters, sleep.

use crate::exceptions::{value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::value::Value;
use std::time::{SystemTime, UNIX_EPOCH};

fn now() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

pub fn time(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(now().as_secs_f64()))
}

pub fn time_ns(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(now().as_nanos() as i64))
}

pub fn perf_counter(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.started.elapsed().as_secs_f64()))
}

pub fn perf_counter_ns(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.started.elapsed().as_nanos() as i64))
}

/// How often a sleep looks at the interrupt flag.
const WAKE_CHECK: std::time::Duration = std::time::Duration::from_millis(10);

/// `time.sleep`: never past the host's deadline, which it then reports,
/// and cut short by an interrupt (KeyboardInterrupt), as Ctrl-C cuts
/// CPython's sleep short.
pub fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = match args.check_one("time.sleep")? {
        Value::Float(f) => *f,
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            crate::format::bigint_to_f64(&crate::ops::as_bigint(v).unwrap_or_default())
                .map_err(crate::ops::fmt_err)?
        }
        other => {
            let i = super::index_value(vm, other)?;
            crate::ops::index_i64(&i)? as f64
        }
    };
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let mut d = std::time::Duration::from_secs_f64(s.min(1e9));
    if let Some(left) = vm.meter.remaining() {
        d = d.min(left);
    }
    let end = std::time::Instant::now() + d;
    loop {
        vm.take_interrupt()?;
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(left.min(WAKE_CHECK));
    }
    vm.meter.check_deadline()?;
    Ok(Value::None)
}
