//! Limits: an infinite loop stopped by the operation budget and by the
//! time limit (neither can be caught by the script), a memory cap that
//! raises MemoryError inside Python, deep recursion, an output cap, and
//! the interpreter still usable afterwards.
//!
//! `cargo run --example limits`

use pyview::{Interpreter, Limits, Sink};
use std::io::Write;
use std::time::{Duration, Instant};

const STUBBORN_LOOP: &str = r#"
try:
    while True:
        pass
except BaseException:
    print("caught it")     # never runs: limits cannot be caught
finally:
    print("finally")       # nor does this
"#;

const MEMORY: &str = r#"
try:
    huge = bytearray(1 << 30)          # refused before allocating
except MemoryError:
    print("1 GiB bytearray: MemoryError")

chunks = []
try:
    while True:
        chunks.append(bytes(1 << 20))  # 1 MiB at a time
except MemoryError:
    print("gave up after", len(chunks), "MiB")
chunks = None
"#;

const RECURSION: &str = r#"
def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
"#;

/// The example, writing its report to `out` (tests call it too).
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn std::error::Error>> {
    let stdout = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(stdout.clone())
        .stderr(Sink::Discard)
        .limits(Limits {
            operations: Some(1_000_000),
            memory: Some(32 << 20),
            output: Some(1_000),
            recursion: Some(200),
            ..Limits::default()
        })
        .build();

    // 1. The operation budget stops an infinite loop.
    let err = py.run(STUBBORN_LOOP, "loop.py").unwrap_err();
    writeln!(
        out,
        "stopped: {:?}, after {} operations",
        err.limit(),
        py.usage().operations
    )?;
    write!(out, "{}", err.traceback())?;
    writeln!(out, "the script printed {:?}", stdout.text())?;

    // 2. So does the time limit.
    py.set_limits(Limits {
        operations: None,
        time: Some(Duration::from_millis(100)),
        ..py.limits()
    });
    let start = Instant::now();
    let err = py
        .run("n = 0\nwhile True:\n    n += 1", "spin.py")
        .unwrap_err();
    let quick = start.elapsed() < Duration::from_secs(2);
    writeln!(out, "stopped: {:?} within 2s: {quick}", err.limit())?;
    py.set_limits(Limits {
        time: None,
        ..py.limits()
    });

    // 3. Memory: MemoryError inside Python, which the script handles.
    stdout.clear();
    py.run(MEMORY, "memory.py")?;
    write!(out, "{}", stdout.text())?;

    // 4. Deep recursion: RecursionError at the configured depth.
    stdout.clear();
    py.run(RECURSION, "recursion.py")?;
    write!(out, "{}", stdout.text())?;

    // 5. Output: what fits is written, then the run stops.
    stdout.clear();
    let err = py
        .run("while True:\n    print('spam')", "spam.py")
        .unwrap_err();
    writeln!(
        out,
        "stopped: {:?} after {} bytes of output",
        err.limit(),
        stdout.contents().len()
    )?;

    // The interpreter is still usable, with globals set before the stops.
    writeln!(out, "afterwards: n > 0 is {}", py.eval::<bool>("n > 0")?)?;
    Ok(())
}

#[allow(dead_code)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout())
}
