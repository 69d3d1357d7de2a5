//! The sandbox: an embedded interpreter reads module files only below the
//! directories the host names with `Builder::module_path`, whatever a
//! script puts on `sys.path` or in a package's `__path__`, and `open()`
//! reaches files only below those named with `Builder::file_dir`;
//! `subprocess` starts no program. `Builder::unrestricted_imports`,
//! `Builder::unrestricted_files` and `Builder::unrestricted_processes`
//! restore python3's behaviour.

use pyview::{Interpreter, Sink};
use std::path::{Path, PathBuf};

/// A fresh directory tree: `lib/` (the host's), `lib/pkg/` (a package),
/// `outside/` (a module the host never named).
struct Tree(PathBuf);

impl Tree {
    fn new(name: &str) -> Tree {
        let base =
            std::env::temp_dir().join(format!("pyview-sandbox-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(base.join("lib/pkg")).unwrap();
        std::fs::create_dir_all(base.join("outside")).unwrap();
        std::fs::write(base.join("lib/inside.py"), "VALUE = 1\n").unwrap();
        std::fs::write(base.join("lib/pkg/__init__.py"), "").unwrap();
        std::fs::write(base.join("outside/secret.py"), "VALUE = 42\n").unwrap();
        std::fs::write(base.join("outside/broken.py"), "db_password = hunter2 !\n").unwrap();
        Tree(base)
    }

    fn path(&self, rel: &str) -> String {
        self.0.join(rel).to_str().unwrap().to_string()
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn sandboxed(lib: &str) -> Interpreter {
    Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .module_path(lib)
        .build()
}

fn import_message(py: &mut Interpreter, setup: &str, module: &str) -> String {
    let script = format!("import sys\n{setup}\nimport {module}");
    match py.run(&script, "<t>") {
        Ok(()) => "imported".into(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    }
}

#[test]
fn named_directories_import() {
    let t = Tree::new("named");
    let mut py = sandboxed(&t.path("lib"));
    assert_eq!(import_message(&mut py, "", "inside"), "imported");
    assert_eq!(import_message(&mut py, "", "pkg"), "imported");
    // A subdirectory of a named one is inside it too.
    let setup = format!("sys.path.append({:?})", t.path("lib/pkg"));
    std::fs::write(t.0.join("lib/pkg/deeper.py"), "").unwrap();
    assert_eq!(import_message(&mut py, &setup, "deeper"), "imported");
}

#[test]
fn other_sys_path_entries_are_skipped() {
    let t = Tree::new("others");
    let mut py = sandboxed(&t.path("lib"));
    let missing = "ModuleNotFoundError: No module named 'secret'";
    for entry in [
        t.path("outside"),
        t.path("lib/../outside"),
        t.path("lib/pkg/../../outside"),
    ] {
        let setup = format!("sys.path.append({entry:?})");
        assert_eq!(
            import_message(&mut py, &setup, "secret"),
            missing,
            "{entry}"
        );
    }
    // Whatever the position on sys.path, and with sys.path replaced.
    let setup = format!("sys.path.insert(0, {:?})", t.path("outside"));
    assert_eq!(import_message(&mut py, &setup, "secret"), missing);
    let setup = format!("sys.path = [{:?}]", t.path("outside"));
    assert_eq!(import_message(&mut py, &setup, "secret"), missing);
    // A foreign file's syntax error is not shown either: it is not read.
    let setup = format!("sys.path.append({:?})", t.path("outside"));
    assert_eq!(
        import_message(&mut py, &setup, "broken"),
        "ModuleNotFoundError: No module named 'broken'"
    );
    // The system's own modules are not read.
    assert_eq!(
        import_message(&mut py, "sys.path.append('/usr/lib/python3.11')", "smtplib"),
        "ModuleNotFoundError: No module named 'smtplib'"
    );
    // The current directory is not a root unless the host named it.
    let setup = "sys.path.append('')";
    assert_eq!(import_message(&mut py, setup, "secret"), missing);
}

#[test]
fn package_path_cannot_leave_the_roots() {
    let t = Tree::new("pkgpath");
    let mut py = sandboxed(&t.path("lib"));
    let setup = format!("import pkg\npkg.__path__.append({:?})", t.path("outside"));
    assert_eq!(
        import_message(&mut py, &setup, "pkg.secret"),
        "ModuleNotFoundError: No module named 'pkg.secret'"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_roots_are_not_followed() {
    let t = Tree::new("links");
    std::os::unix::fs::symlink(t.0.join("outside"), t.0.join("lib/linkdir")).unwrap();
    std::os::unix::fs::symlink(t.0.join("outside/secret.py"), t.0.join("lib/linked.py")).unwrap();
    let mut py = sandboxed(&t.path("lib"));
    let setup = format!("sys.path.append({:?})", t.path("lib/linkdir"));
    assert_eq!(
        import_message(&mut py, &setup, "secret"),
        "ModuleNotFoundError: No module named 'secret'"
    );
    assert_eq!(
        import_message(&mut py, "", "linked"),
        "ModuleNotFoundError: No module named 'linked'"
    );
    // A link that stays inside the roots is fine.
    std::os::unix::fs::symlink(t.0.join("lib/inside.py"), t.0.join("lib/alias.py")).unwrap();
    assert_eq!(import_message(&mut py, "", "alias"), "imported");
}

#[test]
fn without_module_path_nothing_is_read() {
    let t = Tree::new("none");
    let mut py = Interpreter::builder().stderr(Sink::Discard).build();
    let setup = format!("sys.path.append({:?})", t.path("lib"));
    assert_eq!(
        import_message(&mut py, &setup, "inside"),
        "ModuleNotFoundError: No module named 'inside'"
    );
}

#[test]
fn unrestricted_imports_read_any_sys_path_entry() {
    let t = Tree::new("unrestricted");
    let mut py = Interpreter::builder()
        .stderr(Sink::Discard)
        .module_path(&t.path("lib"))
        .unrestricted_imports()
        .build();
    let setup = format!("sys.path.append({:?})", t.path("outside"));
    assert_eq!(import_message(&mut py, &setup, "secret"), "imported");
    assert_eq!(py.eval::<i64>("secret.VALUE").unwrap(), 42);
    // Without any module path as well.
    let mut py = Interpreter::builder().unrestricted_imports().build();
    assert_eq!(import_message(&mut py, &setup, "secret"), "imported");
    assert!(Path::new(&t.path("outside/secret.py")).exists());
}

/// An interpreter that may open files below `dir` only.
fn with_files(dir: &str) -> Interpreter {
    Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .file_dir(dir)
        .build()
}

/// The exception `open(path, mode)` raises, as `Type: message`, or "ok".
fn open_outcome(py: &mut Interpreter, path: &str, mode: &str) -> String {
    match py.run(&format!("open({path:?}, {mode:?}).close()"), "main.py") {
        Ok(()) => "ok".into(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    }
}

#[test]
fn open_reaches_the_named_directories_only() {
    let t = Tree::new("files");
    let mut py = with_files(&t.path("lib"));
    assert_eq!(open_outcome(&mut py, &t.path("lib/inside.py"), "r"), "ok");
    assert_eq!(open_outcome(&mut py, &t.path("lib/new.bin"), "wb"), "ok");
    assert!(t.0.join("lib/new.bin").exists());
    // Missing inside: the OS's answer. Outside: refused, existing or not.
    assert_eq!(
        open_outcome(&mut py, &t.path("lib/nope/x.txt"), "r"),
        format!(
            "FileNotFoundError: [Errno 2] No such file or directory: '{}'",
            t.path("lib/nope/x.txt")
        )
    );
    for (path, mode) in [
        (t.path("outside/secret.py"), "r"),
        (t.path("outside/new.txt"), "w"),
        (t.path("outside/missing.txt"), "r"),
        (t.path("lib/../outside/secret.py"), "rb"),
        (t.path("lib/nope/../../outside/secret.py"), "r"),
        ("/etc/hostname".to_string(), "r"),
    ] {
        assert_eq!(
            open_outcome(&mut py, &path, mode),
            format!("PermissionError: [Errno 13] Permission denied: '{path}'"),
            "{path} {mode}"
        );
    }
    assert!(!t.0.join("outside/new.txt").exists());
}

#[test]
fn open_does_not_follow_links_out_of_the_roots() {
    let t = Tree::new("filelinks");
    std::os::unix::fs::symlink(t.0.join("outside/secret.py"), t.0.join("lib/link.py")).unwrap();
    std::os::unix::fs::symlink(t.0.join("outside"), t.0.join("lib/outdir")).unwrap();
    let mut py = with_files(&t.path("lib"));
    for (path, mode) in [
        (t.path("lib/link.py"), "r"),
        (t.path("lib/link.py"), "a"),
        (t.path("lib/outdir/secret.py"), "rb"),
        (t.path("lib/outdir/created.txt"), "x"),
    ] {
        assert_eq!(
            open_outcome(&mut py, &path, mode),
            format!("PermissionError: [Errno 13] Permission denied: '{path}'"),
            "{path} {mode}"
        );
    }
    assert!(!t.0.join("outside/created.txt").exists());
    assert_eq!(
        std::fs::read_to_string(t.0.join("outside/secret.py")).unwrap(),
        "VALUE = 42\n"
    );
}

#[test]
fn without_file_dir_open_opens_nothing() {
    let t = Tree::new("nofiles");
    let mut py = Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .module_path(&t.path("lib"))
        .build();
    let path = t.path("lib/inside.py");
    assert_eq!(
        open_outcome(&mut py, &path, "r"),
        format!("PermissionError: [Errno 13] Permission denied: '{path}'")
    );
    let mut py = Interpreter::builder().unrestricted_files().build();
    assert_eq!(
        open_outcome(&mut py, &t.path("outside/secret.py"), "r"),
        "ok"
    );
}

#[test]
fn os_calls_keep_to_the_file_directories() {
    let t = Tree::new("oscalls");
    let mut py = with_files(&t.path("lib"));
    let secret = t.path("outside/secret.py");
    let run = |py: &mut Interpreter, code: &str| match py.run(code, "main.py") {
        Ok(()) => "ok".to_string(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    };
    let denied = format!("PermissionError: [Errno 13] Permission denied: '{secret}'");
    assert_eq!(
        run(&mut py, &format!("import os\nos.remove({secret:?})")),
        denied
    );
    assert_eq!(
        run(
            &mut py,
            &format!(
                "import os\nos.rename({secret:?}, {:?})",
                t.path("lib/stolen.py")
            )
        ),
        denied
    );
    assert_eq!(
        run(
            &mut py,
            &format!("import os\nos.listdir({:?})", t.path("outside"))
        ),
        format!(
            "PermissionError: [Errno 13] Permission denied: '{}'",
            t.path("outside")
        )
    );
    let probe = format!(
        "import os\nassert not os.path.exists({secret:?})\nassert os.path.exists({:?})",
        t.path("lib/inside.py")
    );
    assert_eq!(run(&mut py, &probe), "ok");
    assert!(t.0.join("outside/secret.py").exists());
}

#[test]
fn file_system_modules_keep_to_the_file_directories() {
    let t = Tree::new("fsmods");
    let mut py = with_files(&t.path("lib"));
    let secret = t.path("outside/secret.py");
    let outside = t.path("outside");
    let inside = t.path("lib/inside.py");
    let run = |py: &mut Interpreter, code: &str| match py.run(code, "main.py") {
        Ok(()) => "ok".to_string(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    };
    let denied = |p: &str| format!("PermissionError: [Errno 13] Permission denied: '{p}'");
    for call in [
        format!("import os\nos.stat({secret:?})"),
        format!("import os\nos.lstat({secret:?})"),
        format!("import os\nos.open({secret:?}, os.O_RDONLY)"),
        format!("import os\nos.chmod({secret:?}, 0o777)"),
        format!("import os\nos.readlink({secret:?})"),
        format!("import pathlib\npathlib.Path({secret:?}).read_text()"),
        format!("import pathlib\npathlib.Path({secret:?}).exists()"),
        format!(
            "import shutil\nshutil.copyfile({secret:?}, {:?})",
            t.path("lib/copy.py")
        ),
    ] {
        assert_eq!(run(&mut py, &call), denied(&secret), "{call}");
    }
    assert_eq!(
        run(&mut py, &format!("import os\nos.chdir({outside:?})")),
        denied(&outside)
    );
    assert_eq!(
        run(
            &mut py,
            &format!(
                "import os\nos.symlink({secret:?}, {:?})",
                t.path("outside/l")
            )
        ),
        denied(&t.path("outside/l"))
    );
    let probe = format!(
        "import os, glob, pathlib\n\
         assert not os.path.islink({secret:?})\n\
         assert not os.access({secret:?}, os.F_OK)\n\
         assert glob.glob({:?}) == []\n\
         assert os.stat({inside:?}).st_size == 10\n\
         assert os.path.realpath({secret:?}) == {secret:?}",
        t.path("outside/*")
    );
    assert_eq!(run(&mut py, &probe), "ok");
    assert!(t.0.join("outside/secret.py").exists());
}

#[test]
fn subprocess_needs_unrestricted_processes() {
    let script = "import subprocess\n\
                  try:\n    subprocess.run(['true'])\n\
                  except PermissionError as e:\n    print(e)\n\
                  print(subprocess.run(['echo', 'hi'], capture_output=True).stdout)\n";
    let out = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(out.clone())
        .stderr(Sink::Discard)
        .build();
    let err = py.run(script, "<t>").unwrap_err();
    assert_eq!(out.text(), "[Errno 13] Permission denied: 'true'\n");
    assert_eq!(err.message(), "[Errno 13] Permission denied: 'echo'");
    let out = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(out.clone())
        .unrestricted_processes()
        .build();
    py.run(script, "<t>").unwrap();
    assert_eq!(out.text(), "b'hi\\n'\n");
}
