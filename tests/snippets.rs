//! Golden tests: every snippet's stdout, stderr and exit code, stored as
//! an insta snapshot beside it (`snippets/**/NAME.snap`). Regenerate with
//! `cargo insta test --accept`; `tests/cpython.rs` checks every stored
//! snapshot against python3, so none can drift from CPython.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

#[test]
fn snippets_match_their_snapshots() {
    let snippets = common::all_snippets();
    assert!(!snippets.is_empty(), "no snippets found");
    let mut failed = Vec::new();
    for rel in &snippets {
        let rendered = std::thread::Builder::new()
            .stack_size(64 * 1024 * 1024)
            .spawn({
                let rel = rel.clone();
                move || common::run_pyview(&rel)
            })
            .expect("spawn")
            .join();
        let Ok(rendered) = rendered else {
            failed.push(format!("{}: pyview panicked", rel.display()));
            continue;
        };
        let path = common::snippets_dir().join(rel);
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(path.parent().expect("parent"));
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_input_file(&path);
        // Check every snippet, then report all mismatches at once.
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(common::snapshot_name(rel), rendered));
        }));
        if outcome.is_err() {
            failed.push(format!("{}: differs from its snapshot", rel.display()));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
