//! The `sys` module's functions.

use crate::exceptions::{value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;

pub fn exit(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Err(crate::exceptions::err_from(
        crate::exceptions::PyException::new(
            crate::exceptions::ExcType::SystemExit,
            args.pos.first().cloned().into_iter().collect(),
        ),
    ))
}

pub fn getrecursionlimit(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

pub fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = ops::index_i64(args.pos.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // A host's cap is silently kept, as a sandbox must not be escaped.
    let cap = vm.limits.max_recursion.unwrap_or(100_000);
    vm.recursion_limit = n.min(i64::from(cap)) as u32;
    Ok(Value::None)
}
