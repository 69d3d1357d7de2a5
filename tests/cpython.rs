//! Holds every stored snippet snapshot to CPython 3.11: runs `python3` on
//! each snippet and asserts the snapshot is exactly what CPython prints
//! (addresses and folders normalised). Skips when python3 is not CPython
//! 3.11, and snippets importing numpy when python3 has no NumPy (the
//! version in tests/requirements.txt), except on CI (`CI=true`), where
//! either is a failure.

mod common;

#[test]
fn snapshots_equal_cpython_output() {
    if !common::cpython_311() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3 is not CPython 3.11, and CI=true requires it"
        );
        eprintln!("skipping: python3 is not CPython 3.11");
        return;
    }
    let numpy = common::python_has_numpy();
    let mut failures = Vec::new();
    let mut checked = 0;
    for rel in common::all_snippets() {
        if !numpy && common::needs_numpy(&rel) {
            // pyview's numpy is held to NumPy itself (tests/requirements.txt).
            if std::env::var("CI").as_deref() == Ok("true") {
                failures.push(format!(
                    "{}: python3 has no numpy (pip install -r tests/requirements.txt)",
                    rel.display()
                ));
            } else {
                eprintln!("skipping {} (python3 has no numpy)", rel.display());
            }
            continue;
        }
        let Some(stored) = common::stored_snapshot(&rel) else {
            failures.push(format!("{}: no snapshot stored", rel.display()));
            continue;
        };
        let cpython = common::run_cpython(&rel).expect("run python3");
        if stored.trim_end() != cpython.trim_end() {
            failures.push(format!(
                "{}: snapshot differs from CPython\n--- snapshot\n{stored}\n--- cpython\n{cpython}",
                rel.display()
            ));
        }
        checked += 1;
    }
    assert!(checked > 0, "no snippet was checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
