//! A binary-frame inspector: the host receives network-like frames and
//! hands each one, without copying, to an inspection script a user wrote.
//! Each frame is a read-only host buffer that is revoked once the script
//! returns, so a script cannot keep frames around; an operation budget
//! keeps a runaway script from stalling the host.
//!
//! Frame layout (big-endian): magic `0xC0DE` (u16), version (u8), type
//! (u8), sequence number (u32), payload length (u16), payload, and a
//! checksum byte (sum of the payload bytes, mod 256).
//!
//! `cargo run --example frame_inspector`

use pyview::{Exception, FromPy, HostBuffer, Interpreter, Object, Sink};
use std::collections::HashMap;
use std::io::Write;

/// What a user might write: inspect one frame, return a summary dict.
pub const USER_SCRIPT: &str = r#"
import struct

HEADER = struct.Struct(">HBBIH")
TYPES = {1: "HELLO", 2: "DATA", 3: "BYE"}
seen = []

def inspect(frame):
    magic, version, kind, seq, length = HEADER.unpack_from(frame)
    if magic != 0xC0DE:
        raise ValueError(f"bad magic {magic:#06x}")
    view = memoryview(frame)
    payload = view[HEADER.size:HEADER.size + length]
    checksum = view[HEADER.size + length]
    seen.append(payload)      # a bad habit: keeping a view of the frame
    return {
        "seq": seq,
        "type": TYPES.get(kind, "?"),
        "length": length,
        "ok": sum(payload) & 0xFF == checksum,
        "preview": bytes(payload[:6]).hex(" "),
    }

def replay():
    return bytes(seen[0])     # the first frame is gone by now
"#;

/// The summary the host expects back, converted from the script's dict.
#[derive(Debug)]
struct Summary {
    seq: u32,
    kind: String,
    length: usize,
    ok: bool,
    preview: String,
}

impl FromPy for Summary {
    fn from_py(obj: &Object) -> Result<Self, Exception> {
        let fields: HashMap<String, Object> = obj.extract()?;
        let field = |name: &str| {
            fields
                .get(name)
                .ok_or_else(|| Exception::key_error(format!("'{name}'")))
        };
        Ok(Summary {
            seq: field("seq")?.extract()?,
            kind: field("type")?.extract()?,
            length: field("length")?.extract()?,
            ok: field("ok")?.extract()?,
            preview: field("preview")?.extract()?,
        })
    }
}

/// Builds one frame.
fn frame(kind: u8, seq: u32, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![0xC0, 0xDE, 1, kind];
    f.extend_from_slice(&seq.to_be_bytes());
    f.extend_from_slice(&(payload.len() as u16).to_be_bytes());
    f.extend_from_slice(payload);
    f.push(payload.iter().fold(0u8, |a, &b| a.wrapping_add(b)));
    f
}

/// The example, writing its report to `out` (tests call it too).
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn std::error::Error>> {
    let mut py = Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .max_operations(100_000)
        .build();
    py.run(USER_SCRIPT, "inspector.py")?;

    let mut corrupted = frame(2, 3, b"\x00\x01\x02");
    if let Some(last) = corrupted.last_mut() {
        *last ^= 0xFF;
    }
    let mut wrong_magic = frame(3, 4, b"");
    wrong_magic[0] = 0xBE;
    let frames = [
        frame(1, 1, b"hello, server"),
        frame(2, 2, &[0xAB; 40]),
        corrupted,
        wrong_magic,
    ];

    for bytes in frames {
        let buf = HostBuffer::new(bytes).with_type_name("Frame");
        buf.set_readonly(true);
        match py.call::<Summary>("inspect", (&buf,)) {
            Ok(s) => writeln!(
                out,
                "#{} {:<5} {:>3} bytes  checksum {}  [{}]",
                s.seq,
                s.kind,
                s.length,
                if s.ok { "ok " } else { "BAD" },
                s.preview
            )?,
            Err(e) => writeln!(out, "rejected: {}: {}", e.type_name(), e.message())?,
        }
        // The script kept views of the frame; take the memory back anyway.
        writeln!(
            out,
            "   (frame had {} live export(s); revoked)",
            buf.exports()
        )?;
        buf.revoke();
    }

    let err = py.call::<Object>("replay", ()).unwrap_err();
    write!(out, "{}", err.traceback())?;
    Ok(())
}

#[allow(dead_code)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    run(&mut std::io::stdout())
}
