//! Built-in modules: `array`, `sys`, `time`, `math`.

mod math;
mod sys;
mod time;

use crate::exceptions::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::ops;
use crate::value::{Stream, TypeId, Value};

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
                ("time", builtin("time", Some("time"), time::time)),
                ("time_ns", builtin("time_ns", Some("time"), time::time_ns)),
                (
                    "perf_counter",
                    builtin("perf_counter", Some("time"), time::perf_counter),
                ),
                (
                    "perf_counter_ns",
                    builtin("perf_counter_ns", Some("time"), time::perf_counter_ns),
                ),
                (
                    "monotonic",
                    builtin("monotonic", Some("time"), time::perf_counter),
                ),
                ("sleep", builtin("sleep", Some("time"), time::sleep)),
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
                    ("exit", builtin("exit", Some("sys"), sys::exit)),
                    (
                        "getrecursionlimit",
                        builtin("getrecursionlimit", Some("sys"), sys::getrecursionlimit),
                    ),
                    (
                        "setrecursionlimit",
                        builtin("setrecursionlimit", Some("sys"), sys::setrecursionlimit),
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
                ("sqrt", builtin("sqrt", Some("math"), math::sqrt)),
                ("floor", builtin("floor", Some("math"), math::floor)),
                ("ceil", builtin("ceil", Some("math"), math::ceil)),
                ("isnan", builtin("isnan", Some("math"), math::isnan)),
                ("isinf", builtin("isinf", Some("math"), math::isinf)),
            ],
        ),
        _ => return None,
    };
    Some(Value::Module(m))
}

pub(crate) fn num_arg(args: &Args, name: &str) -> PyResult<f64> {
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
