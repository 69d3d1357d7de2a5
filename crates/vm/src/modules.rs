//! Built-in modules: `array`, `sys`, `time`, `math`.

use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::ops;
use crate::value::{Stream, TypeId, Value};
use std::time::{SystemTime, UNIX_EPOCH};

/// Creates the module `name`, or `None` if pyview has no such module.
pub fn make(vm: &mut Vm, name: &str) -> Option<Value> {
    let m = match name {
        "array" => PyModule::new(
            "array",
            vec![
                ("array", Value::Type(TypeId::Array)),
                ("ArrayType", Value::Type(TypeId::Array)),
                ("typecodes", Value::str("bBuhHiIlLqQfd")),
            ],
        ),
        "time" => PyModule::new(
            "time",
            vec![
                ("time", builtin("time", Some("time"), time_time)),
                ("time_ns", builtin("time_ns", Some("time"), time_time_ns)),
                (
                    "perf_counter",
                    builtin("perf_counter", Some("time"), time_perf_counter),
                ),
                (
                    "perf_counter_ns",
                    builtin("perf_counter_ns", Some("time"), time_perf_counter_ns),
                ),
                (
                    "monotonic",
                    builtin("monotonic", Some("time"), time_perf_counter),
                ),
                ("sleep", builtin("sleep", Some("time"), time_sleep)),
            ],
        ),
        "sys" => {
            let argv = Value::new_list(vm.argv.iter().map(|a| Value::str(a)).collect());
            PyModule::new(
                "sys",
                vec![
                    ("argv", argv),
                    ("stdout", Value::Stream(Stream::Stdout)),
                    ("stderr", Value::Stream(Stream::Stderr)),
                    ("maxsize", Value::Int(i64::MAX)),
                    (
                        "byteorder",
                        Value::str(if cfg!(target_endian = "little") {
                            "little"
                        } else {
                            "big"
                        }),
                    ),
                    ("version", Value::str("3.11.7 (pyview)")),
                    ("platform", Value::str("linux")),
                    (
                        "version_info",
                        Value::new_tuple(vec![
                            Value::Int(3),
                            Value::Int(11),
                            Value::Int(7),
                            Value::str("final"),
                            Value::Int(0),
                        ]),
                    ),
                    ("exit", builtin("exit", Some("sys"), sys_exit)),
                    (
                        "getrecursionlimit",
                        builtin("getrecursionlimit", Some("sys"), sys_getrecursionlimit),
                    ),
                    (
                        "setrecursionlimit",
                        builtin("setrecursionlimit", Some("sys"), sys_setrecursionlimit),
                    ),
                ],
            )
        }
        "math" => PyModule::new(
            "math",
            vec![
                ("pi", Value::Float(std::f64::consts::PI)),
                ("e", Value::Float(std::f64::consts::E)),
                ("tau", Value::Float(std::f64::consts::TAU)),
                ("inf", Value::Float(f64::INFINITY)),
                ("nan", Value::Float(f64::NAN)),
                ("sqrt", builtin("sqrt", Some("math"), math_sqrt)),
                ("floor", builtin("floor", Some("math"), math_floor)),
                ("ceil", builtin("ceil", Some("math"), math_ceil)),
                ("isnan", builtin("isnan", Some("math"), math_isnan)),
                ("isinf", builtin("isinf", Some("math"), math_isinf)),
            ],
        ),
        _ => return None,
    };
    Some(Value::Module(m))
}

fn now() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(now().as_secs_f64()))
}

fn time_time_ns(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(now().as_nanos() as i64))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn time_perf_counter(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_perf_counter_ns(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn num_arg(args: &Args, name: &str) -> PyResult<f64> {
    match args.pos.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            crate::format::bigint_to_f64(&ops::as_bigint(v).unwrap_or_default())
                .map_err(ops::fmt_err)
        }
        Some(v) => Err(type_error(format!(
            "must be real number, not {}",
            v.type_name()
        ))),
        None => Err(type_error(format!(
            "{name}() takes exactly one argument (0 given)"
        ))),
    }
}

fn time_sleep(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = num_arg(args, "sleep")?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}

fn sys_exit(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Err(crate::exceptions::err_from(
        crate::exceptions::PyException::new(
            crate::exceptions::ExcType::SystemExit,
            args.pos.first().cloned().into_iter().collect(),
        ),
    ))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = ops::index_i64(args.pos.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n.min(100_000) as u32;
    Ok(Value::None)
}

fn math_sqrt(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = num_arg(args, "sqrt")?;
    if x < 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

fn math_floor(_: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(v @ (Value::Int(_) | Value::BigInt(_))) = args.pos.first() {
        return Ok(v.clone());
    }
    let x = num_arg(args, "floor")?;
    Ok(Value::from_bigint(
        crate::format::float_to_bigint(x.floor()).map_err(ops::fmt_err)?,
    ))
}

fn math_ceil(_: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(v @ (Value::Int(_) | Value::BigInt(_))) = args.pos.first() {
        return Ok(v.clone());
    }
    let x = num_arg(args, "ceil")?;
    Ok(Value::from_bigint(
        crate::format::float_to_bigint(x.ceil()).map_err(ops::fmt_err)?,
    ))
}

fn math_isnan(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(num_arg(args, "isnan")?.is_nan()))
}

fn math_isinf(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(num_arg(args, "isinf")?.is_infinite()))
}
