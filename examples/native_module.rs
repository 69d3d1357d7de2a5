//! A native module: Rust functions that scripts `import`, with typed
//! arguments, CPython's argument errors, exceptions raised from Rust, and
//! a callback into Python.
//!
//! `cargo run --example native_module`

use pyview::{Args, Bytes, Context, Exception, Interpreter, Module, Object, Sink};
use std::io::Write;

/// `stats.mean(values)`: a `ValueError` for no data, as Python's
/// `statistics.mean` raises (there a subclass of it).
fn mean(values: Vec<f64>) -> Result<f64, Exception> {
    if values.is_empty() {
        return Err(Exception::value_error(
            "mean requires at least one data point",
        ));
    }
    Ok(values.iter().sum::<f64>() / values.len() as f64)
}

/// `stats.histogram(data, bins=4)`: counts of byte values per bin; `data`
/// is any bytes-like object.
fn histogram(data: Bytes, bins: Option<usize>) -> Result<Vec<usize>, Exception> {
    let bins = bins.unwrap_or(4);
    if bins == 0 || bins > 256 {
        return Err(Exception::value_error("bins must be in 1..256"));
    }
    let mut counts = vec![0; bins];
    for b in data.0 {
        counts[b as usize * bins / 256] += 1;
    }
    Ok(counts)
}

/// `stats.apply(f, values)`: calls back into Python for each value.
fn apply(ctx: &mut Context, f: Object, values: Vec<Object>) -> Result<Vec<Object>, Exception> {
    values.iter().map(|v| ctx.call(&f, (v,))).collect()
}

/// `stats.describe(*values, precision=2)`: any number of arguments and a
/// keyword, through `Args`.
fn describe(_: &mut Context, args: Args) -> Result<String, Exception> {
    args.allow_keywords(&["precision"])?;
    let precision = args.keyword::<usize>("precision")?.unwrap_or(2);
    let mut values = Vec::new();
    for i in 0..args.len() {
        values.push(args.get::<f64>(i)?);
    }
    let m = mean(values.clone())?;
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Ok(format!(
        "n={} mean={m:.precision$} range=[{lo}, {hi}]",
        values.len()
    ))
}

const SCRIPT: &str = r#"
import stats
from stats import mean, histogram

print(stats.VERSION, stats.mean)
print(mean([1, 2, 3, 4.5]))
print(histogram(b"\x00\x10\x80\xff\xfe", 2), histogram(bytearray(range(256))))
print(stats.apply(lambda x: x * x, [1, 2, 3]))
print(stats.describe(1, 5, 2.5, precision=3))

for call in (lambda: mean(), lambda: mean("abc"), lambda: mean(1, 2),
             lambda: mean([]), lambda: histogram(b"", bins="2"),
             lambda: stats.describe(1, scale=2)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
"#;

/// The example, writing its report to `out` (tests call it too).
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn std::error::Error>> {
    let stats = Module::new("stats")
        .constant("VERSION", "1.0")
        .function("mean", mean)
        .function("histogram", histogram)
        .function("apply", apply)
        .function("describe", describe);

    let stdout = Sink::capture();
    let mut py = Interpreter::builder().stdout(stdout.clone()).build();
    py.add_module(stats)?;
    py.run(SCRIPT, "uses_stats.py")?;
    write!(out, "{}", stdout.text())?;

    // An error that escapes the script reaches the host with its traceback.
    let err = py.run("stats.mean([])", "<host>").unwrap_err();
    write!(out, "{}", err.traceback())?;
    Ok(())
}

#[allow(dead_code)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout())
}
