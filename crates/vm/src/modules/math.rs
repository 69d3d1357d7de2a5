//! The `math` module: the functions and constants tutorials use, with
//! CPython's argument checks and its domain (`ValueError: math domain
//! error`) and range (`OverflowError: math range error`) errors. Floats go
//! through Rust's float functions (the platform's libm for most; `cbrt`
//! may differ from glibc's in the last digit); the special functions are
//! in `math_special`.

use crate::exceptions::{self, overflow_error, type_error, value_error, PyResult};
use crate::format;
use crate::interp::Vm;
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::ops;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyview_syntax::ir::BinOp;
use std::rc::Rc;

pub fn module() -> Rc<PyModule> {
    let fns: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] = &[
        ("sqrt", sqrt),
        ("cbrt", cbrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("degrees", degrees),
        ("radians", radians),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("hypot", hypot),
        ("dist", dist),
        ("fsum", fsum),
        ("prod", prod),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
    ];
    let mut attrs = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    for (name, f) in fns {
        attrs.push((name, builtin(name, Some("math"), *f)));
    }
    PyModule::new("math", attrs)
}

fn domain_error() -> Box<exceptions::PyErr> {
    value_error("math domain error")
}

fn range_error() -> Box<exceptions::PyErr> {
    overflow_error("math range error")
}

/// A float argument: floats, ints (exactly rounded) and objects with `__float__`.
pub(crate) fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            format::bigint_to_f64(&ops::as_bigint(v).unwrap_or_default()).map_err(ops::fmt_err)
        }
        other => {
            for special in ["__float__", "__index__"] {
                if let Some(r) = vm.call_special(other, special, vec![]) {
                    return match r? {
                        Value::Float(f) => Ok(f),
                        n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => to_f64(vm, &n),
                        bad => Err(type_error(format!(
                            "{}.{special} returned non-float (type {})",
                            other.type_name(),
                            bad.type_name()
                        ))),
                    };
                }
            }
            Err(type_error(format!(
                "must be real number, not {}",
                other.type_name()
            )))
        }
    }
}

/// An integer argument (`operator.index`).
fn to_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let v = super::index_value(vm, v)?;
    ops::as_bigint(&v).ok_or_else(|| exceptions::not_an_index(v.type_name()))
}

/// The single argument of `math.name(x)`.
fn one<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.check_one(&format!("math.{name}"))
}

fn two<'a>(args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    args.check_posonly(&format!("math.{name}"), name, 2, 2)?;
    Ok((&args.pos[0], &args.pos[1]))
}

/// A one-argument float function with CPython's error rules: a NaN from
/// a non-NaN argument is a domain error, an infinity from a finite one a
/// range error (or, for `can_overflow == false`, a domain error).
fn unary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = to_f64(vm, one(args, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

fn sqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "sqrt", f64::sqrt, false)
}

fn cbrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "cbrt", f64::cbrt, false)
}

fn exp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "exp", f64::exp, true)
}

fn exp2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "exp2", f64::exp2, true)
}

fn expm1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "expm1", f64::exp_m1, true)
}

fn erf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "erf", super::math_special::erf, false)
}

fn erfc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "erfc", super::math_special::erfc, false)
}

/// A special function that reports its own domain and range errors.
fn special(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> Result<f64, super::math_special::MathFail>,
) -> PyResult<Value> {
    let x = to_f64(vm, one(args, name)?)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(super::math_special::MathFail::Domain) => Err(domain_error()),
        Err(super::math_special::MathFail::Range) => Err(range_error()),
    }
}

fn gamma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    special(vm, args, "gamma", super::math_special::gamma)
}

fn lgamma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    special(vm, args, "lgamma", super::math_special::lgamma)
}

fn sin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "sin", f64::sin, false)
}

fn cos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "cos", f64::cos, false)
}

fn tan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "tan", f64::tan, false)
}

fn asin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "asin", f64::asin, false)
}

fn acos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "acos", f64::acos, false)
}

fn atan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "atan", f64::atan, false)
}

fn sinh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "sinh", f64::sinh, true)
}

fn cosh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "cosh", f64::cosh, true)
}

fn tanh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "tanh", f64::tanh, false)
}

// The inverse hyperbolic functions as C libraries compute them (through
// log1p near the origin), so results agree with CPython's to the last bit.
const TWO_POW_28: f64 = 268_435_456.0;

fn asinh_f(x: f64) -> f64 {
    let a = x.abs();
    if !x.is_finite() || a < 1.0 / TWO_POW_28 {
        return x;
    }
    let r = if a > TWO_POW_28 {
        a.ln() + std::f64::consts::LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    r.copysign(x)
}

fn acosh_f(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= TWO_POW_28 {
        return if x.is_infinite() {
            x
        } else {
            x.ln() + std::f64::consts::LN_2
        };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn atanh_f(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a < 1.0 / TWO_POW_28 {
        return x;
    }
    let r = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    r.copysign(x)
}

fn asinh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "asinh", asinh_f, false)
}

fn acosh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "acosh", acosh_f, false)
}

fn atanh(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "atanh")?)?;
    if x.abs() >= 1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(atanh_f(x)))
}

fn degrees(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "degrees")?)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "radians")?)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn fabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "fabs")?)?;
    Ok(Value::Float(x.abs()))
}

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(to_f64(vm, one(args, "isfinite")?)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(to_f64(vm, one(args, "isinf")?)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(to_f64(vm, one(args, "isnan")?)?.is_nan()))
}

/// `f(n)` for a positive int: through a float when it converts, else as
/// `f(m) + f(2) * e` from `n = m * 2**e` (what CPython's loghelper does).
fn log_of_int(n: &BigInt, f: fn(f64) -> f64) -> f64 {
    if let Ok(x) = format::bigint_to_f64(n) {
        return f(x);
    }
    let bits = n.bits();
    let shift = bits - 60;
    let mut top = (n >> shift).to_u64().unwrap_or(0);
    if n.trailing_zeros().is_some_and(|tz| tz < shift) {
        top |= 1; // sticky bit, so the conversion below rounds correctly
    }
    let m = top as f64 / 2f64.powi(60);
    f(m) + f(2.0) * (shift + 60) as f64
}

/// `f(x)` for a log function: positive arguments only, ints of any size.
fn log_arg(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = ops::as_bigint(v) {
        if !n.is_positive() {
            return Err(domain_error());
        }
        return Ok(log_of_int(&n, f));
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("math.log")?;
    if !(1..=2).contains(&args.pos.len()) {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_arg(vm, &args.pos[0], f64::ln)?;
    let Some(base) = args.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_arg(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(exceptions::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "log2")?;
    Ok(Value::Float(log_arg(vm, v, f64::log2)?))
}

fn log10(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "log10")?;
    Ok(Value::Float(log_arg(vm, v, f64::log10)?))
}

fn log1p(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "log1p")?)?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "pow")?;
    let (x, y) = (to_f64(vm, a)?, to_f64(vm, b)?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain_error());
    }
    if x.is_finite() && x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(domain_error());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "atan2")?;
    let (y, x) = (to_f64(vm, a)?, to_f64(vm, b)?);
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "copysign")?;
    let (x, y) = (to_f64(vm, a)?, to_f64(vm, b)?);
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "fmod")?;
    let (x, y) = (to_f64(vm, a)?, to_f64(vm, b)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y`
/// (ties to even), computed exactly.
fn remainder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "remainder")?;
    let (x, y) = (to_f64(vm, a)?, to_f64(vm, b)?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // A tie: keep the quotient even.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn modf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::new_tuple(vec![
        Value::Float(frac),
        Value::Float(int),
    ]))
}

fn frexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "frexp")?)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    // Scale subnormals into the normal range first.
    let (y, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = y.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    Ok(Value::new_tuple(vec![
        Value::Float(m),
        Value::Int(e + adjust),
    ]))
}

fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "ldexp")?;
    let x = to_f64(vm, a)?;
    let Some(e) = ops::as_bigint(b) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-5000, 5000) as i32;
    // Two steps keep each factor representable.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// floor/ceil/trunc: ints as they are, `__floor__`-style methods of
/// user objects, floats converted exactly.
fn rounding(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one(args, name)?;
    if let Some(n) = ops::as_bigint(v) {
        return Ok(Value::from_bigint(n));
    }
    if let Some(r) = vm.call_special(v, &format!("__{name}__"), vec![]) {
        return r;
    }
    if name == "trunc" && !matches!(v, Value::Float(_)) {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        )));
    }
    let x = to_f64(vm, v)?;
    Ok(Value::from_bigint(
        format::float_to_bigint(f(x)).map_err(ops::fmt_err)?,
    ))
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rounding(vm, args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", f64::trunc)
}

/// The next float after `x` toward `y`.
fn step_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increments the magnitude bits.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(args, "nextafter")?;
    let (x, y) = (to_f64(vm, a)?, to_f64(vm, b)?);
    Ok(Value::Float(step_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = to_f64(vm, one(args, "ulp")?)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = step_toward(x, f64::INFINITY);
    Ok(Value::Float(if up.is_infinite() {
        x - step_toward(x, 0.0)
    } else {
        up - x
    }))
}

fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = super::clinic_args(args, "isclose", 0, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let get = |i: usize| a.get(i).cloned().flatten();
    let x = to_f64(vm, &get(0).unwrap_or(Value::None))?;
    let y = to_f64(vm, &get(1).unwrap_or(Value::None))?;
    let rel = match get(2) {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match get(3) {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

/// `x * y` as an unevaluated sum `hi + lo`, exactly.
fn mul_exact(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` as `hi + lo`, exactly, for `|a| >= |b|`.
fn add_exact(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// The Euclidean norm of non-negative finite coordinates, as CPython
/// computes it: scaled by a power of two, squares summed with their
/// rounding errors carried, and one correction step after the square root.
fn norm(coords: &[f64]) -> f64 {
    let max = coords.iter().fold(0.0f64, |m, c| m.max(c.abs()));
    if coords.iter().any(|c| c.is_infinite()) {
        return f64::INFINITY;
    }
    if coords.iter().any(|c| c.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    if max < f64::MIN_POSITIVE {
        // Subnormal coordinates: scale them into the normal range first.
        let scaled: Vec<f64> = coords.iter().map(|c| c / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * norm(&scaled);
    }
    let max_e = ((max.to_bits() >> 52) & 0x7ff) as i32 - 1022;
    let scale = 2f64.powi(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for c in coords {
        let x = c.abs() * scale;
        let (hi, lo) = mul_exact(x, x);
        let (s, e) = add_exact(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = mul_exact(-h, h);
    let (s, e) = add_exact(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("hypot")?;
    let coords = args
        .pos
        .iter()
        .map(|v| to_f64(vm, v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Float(norm(&coords)))
}

fn dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (p, q) = two(args, "dist")?;
    let (p, q) = (vm.collect(p)?, vm.collect(q)?);
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push(to_f64(vm, a)? - to_f64(vm, b)?);
    }
    Ok(Value::Float(norm(&diffs)))
}

/// Exact float summation: a list of non-overlapping partial sums, each
/// addition split into its rounded sum and exact error.
fn fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let src = one(args, "fsum")?.clone();
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut err = None;
    vm.for_each(&src, |vm, item| {
        let mut x = to_f64(vm, &item)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            return Ok(());
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x.is_infinite() {
            err = Some(overflow_error("intermediate overflow in fsum"));
        }
        partials.push(x);
        Ok(())
    })?;
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    if let Some(e) = err {
        return Err(e);
    }
    // Add the partials from the top, correcting the final rounding.
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in &args.kw {
        if &**k != "start" {
            return Err(type_error(format!(
                "prod() got an unexpected keyword argument '{k}'"
            )));
        }
        acc = v.clone();
    }
    let src = args.pos[0].clone();
    vm.for_each(&src, |vm, item| {
        acc = vm.binary(BinOp::Mul, &acc, &item)?;
        Ok(())
    })?;
    Ok(acc)
}

fn int_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    args.no_kwargs(&format!("math.{name}"))?;
    args.pos.iter().map(|v| to_int(vm, v)).collect()
}

fn gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ns = int_args(vm, args, "gcd")?;
    let g = ns.iter().fold(BigInt::zero(), |g, n| g.gcd(n));
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ns = int_args(vm, args, "lcm")?;
    let l = ns.iter().fold(BigInt::one(), |l, n| l.lcm(n));
    Ok(Value::from_bigint(l.abs()))
}

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = to_int(vm, one(args, "isqrt")?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// `lo * (lo+1) * ... * hi` by halving, so big products multiply
/// numbers of similar size.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// Integer arguments this large would make results nobody can hold.
const MAX_FACTORIAL_ARG: u64 = 200_000;

fn small_arg(n: &BigInt) -> PyResult<u64> {
    n.to_u64()
        .filter(|n| *n <= MAX_FACTORIAL_ARG)
        .ok_or_else(|| overflow_error("factorial() argument should not exceed 200000"))
}

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = to_int(vm, one(args, "factorial")?)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    Ok(Value::from_bigint(range_product(1, small_arg(&n)?)))
}

fn comb_perm_args(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (to_int(vm, n)?, to_int(vm, k)?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, k) = two(args, "comb")?;
    let (n, k) = comb_perm_args(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k);
    let k = small_arg(&k)?;
    // n * (n-1) * ... / k!, exact at every step.
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("math.perm", "perm", 1, 2)?;
    let n = &args.pos[0];
    let k = match args.pos.get(1) {
        None | Some(Value::None) => {
            let n = to_int(vm, n)?;
            if n.is_negative() {
                return Err(value_error("factorial() not defined for negative values"));
            }
            return Ok(Value::from_bigint(range_product(1, small_arg(&n)?)));
        }
        Some(k) => k,
    };
    let (n, k) = comb_perm_args(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small_arg(&k)?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}
