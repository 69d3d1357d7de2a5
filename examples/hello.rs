//! The smallest embedding: run a script and capture what it prints, read
//! values back, call a Python function from Rust, and see an error.
//!
//! `cargo run --example hello`

use pyview::{Interpreter, Sink};
use std::io::Write;

/// The example, writing its report to `out` (tests call it too).
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn std::error::Error>> {
    // Capture the script's stdout instead of printing it.
    let stdout = Sink::capture();
    let mut py = Interpreter::builder().stdout(stdout.clone()).build();

    py.run(
        r#"
greeting = "Hello"

def greet(name):
    return f"{greeting}, {name}!"

print(greet("world"))
"#,
        "hello.py",
    )?;
    writeln!(out, "the script printed {:?}", stdout.text())?;

    // Values in and out: globals persist between calls.
    let answer: i64 = py.eval("6 * 7")?;
    writeln!(out, "6 * 7 = {answer}")?;
    py.set("greeting", "Bonjour")?;
    let text: String = py.call("greet", ("Rust",))?;
    writeln!(out, "greet('Rust') returned {text:?}")?;

    // A failure carries the traceback python3 would print.
    let err = py.run("greet()", "oops.py").unwrap_err();
    writeln!(out, "{} / {}", err.type_name(), err.message())?;
    write!(out, "{}", err.traceback())?;
    Ok(())
}

#[allow(dead_code)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout())
}
