//! Host buffers: Rust memory that scripts read and write in place through
//! the buffer protocol, with the export count visible to the host, a
//! resize refused while a view is alive, read-only mode and revocation.
//!
//! `cargo run --example host_buffer`

use pyview::{HostBuffer, Interpreter, Sink};
use std::io::Write;

const NORMALIZE: &str = r#"
import struct

view = memoryview(samples)            # one export; no copy is made
print("format", view.format, "items", len(view), "obj is samples:", view.obj is samples)
peak = max(abs(x) for x in view)
for i in range(len(view)):
    view[i] = view[i] / peak          # lands in the host's memory
print("first two, read through struct:", struct.unpack_from("dd", samples))
"#;

/// The example, writing its report to `out` (tests call it too).
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn std::error::Error>> {
    let stdout = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(stdout.clone())
        .stderr(Sink::Discard)
        .build();

    // A typed buffer of f64 (struct format 'd'), owned by Rust.
    let samples = HostBuffer::from_slice(&[0.5f64, -2.0, 1.0, 0.25]);
    py.set("samples", &samples)?;
    py.run(NORMALIZE, "normalize.py")?;
    write!(out, "{}", stdout.text())?;
    writeln!(
        out,
        "host sees {:?}",
        samples.to_elements::<f64>().unwrap_or_default()
    )?;

    // The script still holds `view`: one live export, so no resize.
    writeln!(out, "live exports: {}", samples.exports())?;
    if let Err(e) = samples.resize(2 * 8) {
        writeln!(out, "resize refused: {e}")?;
    }
    py.run("view.release()", "normalize.py")?;
    writeln!(out, "after view.release(): {} exports", samples.exports())?;
    samples.resize(2 * 8)?;
    writeln!(
        out,
        "resized to {:?}",
        samples.to_elements::<f64>().unwrap_or_default()
    )?;

    // Host writes are visible to scripts at once, also through old views.
    let packet = HostBuffer::new(b"ping".to_vec());
    py.set("packet", &packet)?;
    py.run("m = memoryview(packet)", "<host>")?;
    packet.write(|b| b.copy_from_slice(b"pong"));
    writeln!(
        out,
        "script reads {}",
        py.eval::<String>("bytes(m).decode()")?
    )?;

    // Read-only: writes from Python fail, with CPython's message.
    packet.set_readonly(true);
    let err = py.run("m[0] = 0x50", "<host>").unwrap_err();
    writeln!(out, "read-only: {}: {}", err.type_name(), err.message())?;

    // Revoked: every view now behaves as released; the host keeps the data.
    packet.revoke();
    let err = py.run("m[0]", "<host>").unwrap_err();
    writeln!(out, "revoked: {}: {}", err.type_name(), err.message())?;
    writeln!(
        out,
        "host still has {:?}",
        String::from_utf8_lossy(&packet.to_vec())
    )?;
    Ok(())
}

#[allow(dead_code)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout())
}
