//! The `platform` module: the facts scripts print about the interpreter
//! and system, answered as CPython 3.11.7 on x86-64 Linux answers them.

use crate::exceptions::PyResult;
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::value::Value;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("python_implementation", python_implementation),
        ("python_version", python_version),
        ("python_version_tuple", python_version_tuple),
        ("system", system),
        ("machine", machine),
        ("architecture", architecture),
    ];
    PyModule::new(
        "platform",
        fns.iter()
            .map(|(name, f)| (*name, builtin(name, Some("platform"), *f)))
            .collect(),
    )
}

fn text(args: &Args, name: &str, value: &str) -> PyResult<Value> {
    args.check_none(name)?;
    Ok(Value::str(value))
}

fn python_implementation(_: &mut Vm, args: &Args) -> PyResult<Value> {
    text(args, "python_implementation", "CPython")
}

fn python_version(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b, c) = super::sys::VERSION;
    text(args, "python_version", &format!("{a}.{b}.{c}"))
}

fn python_version_tuple(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_none("python_version_tuple")?;
    let (a, b, c) = super::sys::VERSION;
    Ok(Value::new_tuple(
        [a, b, c]
            .iter()
            .map(|n| Value::str(&n.to_string()))
            .collect(),
    ))
}

fn system(_: &mut Vm, args: &Args) -> PyResult<Value> {
    text(args, "system", "Linux")
}

fn machine(_: &mut Vm, args: &Args) -> PyResult<Value> {
    text(args, "machine", std::env::consts::ARCH)
}

fn architecture(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::new_tuple(vec![
        Value::str("64bit"),
        Value::str("ELF"),
    ]))
}
