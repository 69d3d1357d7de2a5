//! The `#@line N` marks in the Python-written modules must each move
//! forward: a mark at or before the line it stands on cannot be honoured
//! (the debug build asserts, a release build shows wrong line numbers).

use std::path::Path;

fn check_dir(dir: &Path, bad: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read module folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            check_dir(&path, bad);
        } else if path.extension().is_some_and(|e| e == "py") {
            let text = std::fs::read_to_string(&path).expect("read module");
            let mut line = 1usize;
            for l in text.split('\n') {
                // The part below a `#@file NAME` line runs as a source of
                // its own, from line 1.
                if l.trim().starts_with("#@file ") {
                    line = 1;
                    continue;
                }
                match l.trim().strip_prefix("#@line ").map(str::parse::<usize>) {
                    Some(Ok(n)) => {
                        if n <= line {
                            bad.push(format!("{}: #@line {n} on line {line}", path.display()));
                        }
                        line = line.max(n);
                    }
                    _ => line += 1,
                }
            }
        }
    }
}

#[test]
fn line_marks_move_forward() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/vm/src/modules/py");
    let mut bad = Vec::new();
    check_dir(&dir, &mut bad);
    assert!(
        bad.is_empty(),
        "marks that go backwards:\n{}",
        bad.join("\n")
    );
}
