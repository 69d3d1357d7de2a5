//! The `math` module (the functions tutorials use).

use crate::exceptions::{value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::ops;
use crate::value::Value;

pub fn sqrt(_: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = super::num_arg(args, "sqrt")?;
    if x < 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

pub fn floor(_: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(v @ (Value::Int(_) | Value::BigInt(_))) = args.pos.first() {
        return Ok(v.clone());
    }
    let x = super::num_arg(args, "floor")?;
    Ok(Value::from_bigint(
        crate::format::float_to_bigint(x.floor()).map_err(ops::fmt_err)?,
    ))
}

pub fn ceil(_: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(v @ (Value::Int(_) | Value::BigInt(_))) = args.pos.first() {
        return Ok(v.clone());
    }
    let x = super::num_arg(args, "ceil")?;
    Ok(Value::from_bigint(
        crate::format::float_to_bigint(x.ceil()).map_err(ops::fmt_err)?,
    ))
}

pub fn isnan(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(super::num_arg(args, "isnan")?.is_nan()))
}

pub fn isinf(_: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(super::num_arg(args, "isinf")?.is_infinite()))
}
