//! The `pyview` command: runs a script or a `-c` string like python3.

use std::process::ExitCode;

const USAGE: &str = "usage: pyview [-c cmd | file] [arg] ...\n";

/// Enough stack for deep (but bounded) recursion in the parser and evaluator.
const MAIN_STACK: usize = 256 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .spawn(move || run(args))
        .expect("spawn interpreter thread");
    ExitCode::from(child.join().unwrap_or(1) as u8)
}

fn run(args: Vec<String>) -> i32 {
    let mut rest = args.iter().skip(1);
    let Some(first) = rest.next() else {
        eprint!("{USAGE}");
        return 2;
    };
    let (source, filename, argv) = if first == "-c" {
        let Some(code) = rest.next() else {
            eprint!("Argument expected for the -c option\n{USAGE}Try `python -h' for more information.\n");
            return 2;
        };
        let mut argv = vec!["-c".to_string()];
        argv.extend(rest.cloned());
        (code.clone(), "<string>".to_string(), argv)
    } else if first.starts_with('-') && first != "-" {
        eprint!("unknown option {first}\n{USAGE}Try `python -h' for more information.\n");
        return 2;
    } else {
        let bytes = match std::fs::read(first) {
            Ok(b) => b,
            Err(e) => {
                let path = std::path::absolute(first)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| first.clone());
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("pyview: can't open file '{path}': [Errno {errno}] {msg}");
                return 2;
            }
        };
        let mut argv = vec![first.clone()];
        argv.extend(rest.cloned());
        (
            String::from_utf8_lossy(&bytes).into_owned(),
            first.clone(),
            argv,
        )
    };
    let mut py = pyview::Interpreter::builder().argv(argv).build();
    py.run_main(&source, &filename)
}
