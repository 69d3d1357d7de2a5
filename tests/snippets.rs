//! Golden tests: every snippet's stdout, stderr and exit code, stored as
//! an insta snapshot beside it (`snippets/**/NAME.snap`). Regenerate with
//! `cargo insta test --accept`; `tests/cpython.rs` checks every stored
//! snapshot against python3, so none can drift from CPython.

mod common;

#[test]
fn snippets_match_their_snapshots() {
    let base = common::snippets_dir();
    insta::glob!("../snippets", "**/*.py", |path| {
        let rel = path
            .strip_prefix(&base)
            .expect("under snippets")
            .to_path_buf();
        let rendered = std::thread::Builder::new()
            .stack_size(64 * 1024 * 1024)
            .spawn({
                let rel = rel.clone();
                move || common::run_pyview(&rel)
            })
            .expect("spawn")
            .join()
            .unwrap_or_else(|_| panic!("pyview panicked on {}", rel.display()));
        let dir = path.parent().expect("parent").to_path_buf();
        insta::with_settings!({
            snapshot_path => dir,
            prepend_module_to_snapshot => false,
            omit_expression => true,
            input_file => path,
        }, {
            insta::assert_snapshot!(common::snapshot_name(&rel), rendered);
        });
    });
}
