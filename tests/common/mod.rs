//! Shared by the snippet tests: finding snippets, running them through
//! pyview and python3, and rendering results the same way for both.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn snippets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snippets")
}

/// Every `.py` file under `snippets/`, sorted, as paths relative to it.
/// Modules that snippets import are not snippets themselves: files whose
/// name starts with `_` (`_helper.py`, `__init__.py`) and everything in a
/// package (a folder with an `__init__.py`).
pub fn all_snippets() -> Vec<PathBuf> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
        if dir != base && dir.join("__init__.py").exists() {
            return;
        }
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("snippets dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            let helper = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'));
            if p.is_dir() {
                walk(&p, base, out);
            } else if p.extension().is_some_and(|e| e == "py") && !helper {
                out.push(p.strip_prefix(base).expect("under base").to_path_buf());
            }
        }
    }
    let base = snippets_dir();
    let mut out = Vec::new();
    walk(&base, &base, &mut out);
    out
}

/// The snapshot name of a snippet: its file stem (stored beside the
/// snippet as `NAME.snap`).
pub fn snapshot_name(rel: &Path) -> String {
    rel.file_stem()
        .expect("file stem")
        .to_string_lossy()
        .into_owned()
}

/// Replaces what differs between runs: object addresses, the folder part
/// of file names in tracebacks and warnings, and the seeds' printed
/// timings (`Time taken: 0.29 seconds`).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 4]);
        let after = &rest[i + 6..];
        let n = after.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str("0xADDR");
        rest = &after[n..];
    }
    out.push_str(rest);
    let mut lines = Vec::new();
    for line in out.split('\n') {
        if let Some(start) = line.find("File \"") {
            let body = &line[start + 6..];
            if let Some(end) = body.find('"') {
                let path = &body[..end];
                let name = path.rsplit('/').next().unwrap_or(path);
                lines.push(format!(
                    "{}File \"{}\"{}",
                    &line[..start],
                    name,
                    &body[end + 1..]
                ));
                continue;
            }
        }
        // Timings the seed tutorials print (as the seed checks normalise them).
        if let Some((head, tail)) = line.split_once("Time taken: ") {
            if let Some((num, after)) = tail.split_once(" seconds") {
                if !num.is_empty()
                    && num
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b".e-".contains(&b))
                {
                    lines.push(format!("{head}Time taken: T seconds{after}"));
                    continue;
                }
            }
        }
        // `path/name.py:12: SyntaxWarning: ...`
        if let Some((path, rest)) = line.split_once(".py:") {
            if path.starts_with('/') && rest.contains("Warning: ") {
                let name = path.rsplit('/').next().unwrap_or(path);
                lines.push(format!("{name}.py:{rest}"));
                continue;
            }
        }
        lines.push(line.to_string());
    }
    lines.join("\n")
}

/// The text a snapshot holds for one run.
pub fn render(stdout: &[u8], stderr: &[u8], code: i32) -> String {
    format!(
        "--- stdout\n{}--- stderr\n{}--- exit: {code}\n",
        normalize(&String::from_utf8_lossy(stdout)),
        normalize(&String::from_utf8_lossy(stderr))
    )
}

/// Runs a snippet in-process, as `pyview NAME.py` from its folder would
/// (importing modules from that folder, opening files there).
pub fn run_pyview(rel: &Path) -> String {
    let path = snippets_dir().join(rel);
    let source = std::fs::read(&path).expect("read snippet");
    let source = String::from_utf8_lossy(&source).into_owned();
    let name = rel
        .file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned();
    let out = pyview::Sink::capture();
    let err = pyview::Sink::capture();
    let dir = path.parent().expect("parent").display().to_string();
    // Relative file names resolve in the snippet's folder, as for python3
    // (the snippets run one at a time). The snippets run as the `pyview`
    // command runs scripts: files and programs anywhere (tests/sandbox.rs
    // holds the sandbox to its rules).
    std::env::set_current_dir(&dir).expect("enter the snippet's folder");
    let mut py = pyview::Interpreter::builder()
        .stdout(out.clone())
        .stderr(err.clone())
        .argv(vec![name.clone()])
        .module_path(&dir)
        .unrestricted_files()
        .unrestricted_processes()
        .build();
    py.set("__file__", path.display().to_string())
        .expect("set __file__");
    py.set("__cached__", pyview::Object::none())
        .expect("set __cached__");
    let code = py.run_main(&source, &name);
    drop(py);
    render(&out.contents(), &err.contents(), code)
}

/// What python3 prints for the snippet (run from its folder).
pub fn run_cpython(rel: &Path) -> std::io::Result<String> {
    let path = snippets_dir().join(rel);
    let dir = path.parent().expect("parent");
    let name = path.file_name().expect("file name");
    // No `__pycache__` folders beside the modules snippets import.
    let out = std::process::Command::new("python3")
        .arg(name)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()?;
    Ok(render(
        &out.stdout,
        &out.stderr,
        out.status.code().unwrap_or(-1),
    ))
}

/// Whether `python3` is CPython 3.11.
pub fn cpython_311() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import sys; assert sys.implementation.name == 'cpython' and sys.version_info[:2] == (3, 11)"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Snippets that need numpy: CPython's output depends on whether it is installed.
pub fn needs_numpy(rel: &Path) -> bool {
    std::fs::read_to_string(snippets_dir().join(rel))
        .map(|s| s.lines().any(|l| l.starts_with("import numpy")))
        .unwrap_or(false)
}

pub fn python_has_numpy() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import numpy"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// The body of a stored insta snapshot (`None` if there is none yet).
pub fn stored_snapshot(rel: &Path) -> Option<String> {
    let dir = snippets_dir().join(rel).parent()?.to_path_buf();
    let file = dir.join(format!("{}.snap", snapshot_name(rel)));
    let text = std::fs::read_to_string(file).ok()?;
    // Header between the first two `---` lines, then the body.
    let mut parts = text.splitn(3, "---\n");
    parts.next()?;
    parts.next()?;
    let body = parts.next()?;
    Some(body.to_string())
}
