//! The `pyview` command: python3's command line (`-c`, a file, `-` or
//! piped stdin, `-i`, `-q`), and the interactive prompt.
//!
//! Everything Python lives in the `pyview` library; this crate only reads
//! arguments and input, and turns results into exit statuses.

mod terminal;

use std::io::{BufRead, IsTerminal, Read};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

const USAGE: &str = "usage: pyview [option] ... [-c cmd | file | -] [arg] ...\n";
const TRY_HELP: &str = "Try `pyview -h' for more information.\n";

const HELP: &str = "\
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-q     : don't print version and copyright messages on interactive startup
-V     : print the pyview version number and exit (also --version)
-B, -E, -I, -O, -s, -S, -u : accepted and ignored, as pyview has no
         bytecode files, environment, site packages or output buffering options
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Interactive prompt: history in ~/.pyview_history (PYVIEW_HISTORY moves it),
Ctrl-R searches it, Tab completes, Ctrl-C cancels or interrupts, Ctrl-D or
`exit` leaves. NO_COLOR or TERM=dumb turn highlighting off.
";

/// Enough stack for deep (but bounded) recursion in the parser and evaluator.
const MAIN_STACK: usize = 256 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os().map(os_arg).collect();
    let child = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .spawn(move || run(args))
        .expect("spawn interpreter thread");
    ExitCode::from(child.join().unwrap_or(1) as u8)
}

/// A command-line argument as CPython's `sys.argv` holds it: bytes that
/// are not UTF-8 become lone surrogates.
fn os_arg(arg: std::ffi::OsString) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        pyview::os_text(arg.as_bytes())
    }
    #[cfg(not(unix))]
    {
        arg.to_string_lossy().into_owned()
    }
}

/// What the command line asks for.
#[derive(Default)]
struct Options {
    quiet: bool,
    inspect: bool,
    /// `-u`: unbuffered stdout.
    unbuffered: bool,
    /// `-E` or `-I`: the `PYTHON*` environment variables are ignored.
    ignore_environment: bool,
    /// What `sys.flags` reports of the rest.
    flags: pyview::SysFlags,
    command: Option<String>,
    /// A script path, or `-` for stdin.
    file: Option<String>,
    args: Vec<String>,
}

/// Reads python3-style options; `Err` holds the exit status once a
/// message (help, version, usage error) has been printed.
fn parse_args(args: &[String]) -> Result<Options, i32> {
    let mut o = Options::default();
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        if arg == "-" || !arg.starts_with('-') {
            o.file = Some(arg.clone());
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "" => {
                    if let Some(f) = rest.next() {
                        o.file = Some(f.clone());
                    }
                    break;
                }
                "version" => return Err(version()),
                "help" => return Err(help()),
                _ => {
                    eprint!("unknown option {arg}\n{USAGE}{TRY_HELP}");
                    return Err(2);
                }
            }
        }
        let flags = &arg[1..];
        for (i, flag) in flags.char_indices() {
            match flag {
                'q' => o.quiet = true,
                'i' => o.inspect = true,
                'u' => o.unbuffered = true,
                'E' => o.ignore_environment = true,
                'I' => {
                    o.ignore_environment = true;
                    o.flags.isolated = true;
                    o.flags.no_user_site = true;
                    o.flags.safe_path = true;
                }
                'B' => o.flags.dont_write_bytecode = true,
                's' => o.flags.no_user_site = true,
                'S' => o.flags.no_site = true,
                'P' => o.flags.safe_path = true,
                'O' => {}
                'V' => return Err(version()),
                'h' | '?' => return Err(help()),
                'c' => {
                    let attached = &flags[i + 1..];
                    let cmd = if attached.is_empty() {
                        rest.next().cloned()
                    } else {
                        Some(attached.to_string())
                    };
                    let Some(cmd) = cmd else {
                        eprint!("Argument expected for the -c option\n{USAGE}{TRY_HELP}");
                        return Err(2);
                    };
                    o.command = Some(cmd);
                    o.args = rest.cloned().collect();
                    return Ok(o);
                }
                other => {
                    eprint!("Unknown option: -{other}\n{USAGE}{TRY_HELP}");
                    return Err(2);
                }
            }
        }
    }
    o.args = rest.cloned().collect();
    Ok(o)
}

fn version() -> i32 {
    println!("pyview {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
    0
}

fn help() -> i32 {
    print!("{USAGE}{HELP}");
    0
}

/// The file name tracebacks show for a script: python3 makes it absolute
/// by joining it to the working directory, without normalising it.
fn script_name(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.display()),
        Err(_) => path.to_string(),
    }
}

/// The encoding a PEP 263 comment (`# -*- coding: NAME -*-`) on one of
/// the first two lines declares, as CPython's tokenizer finds it: the
/// second line counts only when the first is blank or a comment.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    for n in 0..2 {
        let line = lines.next()?;
        let trimmed: &[u8] = {
            let start = line
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
                .unwrap_or(line.len());
            &line[start..]
        };
        if trimmed.first() == Some(&b'#') {
            let text = String::from_utf8_lossy(trimmed);
            if let Some(at) = text.find("coding") {
                let rest = &text[at + 6..];
                if let Some(rest) = rest.strip_prefix([':', '=']) {
                    let name: String = rest
                        .trim_start_matches([' ', '\t'])
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                        .collect();
                    if !name.is_empty() {
                        return Some(name);
                    }
                }
            }
        } else if n == 0 && !trimmed.iter().all(|b| matches!(b, b'\r')) {
            return None;
        }
    }
    None
}

/// CPython's `get_normal_name` for a declared source encoding.
fn normal_encoding(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

/// A script's bytes as text, refused with CPython's messages when they
/// are not UTF-8 and declare no encoding, or declare one it does not know.
fn decode_source(bytes: &[u8], filename: &str) -> Result<String, String> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let cookie = coding_cookie(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
        .map(|c| normal_encoding(&c));
    match cookie.as_deref() {
        None | Some("utf-8") => {}
        Some(other) if bom => return Err(format!("encoding problem: {other} with BOM")),
        Some("iso-8859-1") => return Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Some(other) => {
            let known = matches!(
                other.to_ascii_lowercase().replace('_', "-").as_str(),
                "ascii"
                    | "us-ascii"
                    | "latin1"
                    | "l1"
                    | "cp1252"
                    | "windows-1252"
                    | "utf8"
                    | "u8"
                    | "utf-16"
                    | "utf-32"
                    | "cp437"
                    | "iso8859-15"
                    | "iso-8859-15"
                    | "latin-9"
                    | "euc-jp"
                    | "shift-jis"
                    | "gbk"
                    | "big5"
                    | "koi8-r"
                    | "cp1251"
                    | "mac-roman"
            );
            if !known {
                return Err(format!("encoding problem: {other}"));
            }
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) if cookie.is_none() => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            ))
        }
        Err(_) => Ok(String::from_utf8_lossy(bytes).into_owned()),
    }
}

fn run(args: Vec<String>) -> i32 {
    let o = match parse_args(&args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let stdin_tty = std::io::stdin().is_terminal();
    let mut argv = Vec::new();
    let script = if let Some(cmd) = &o.command {
        argv.push("-c".to_string());
        Some((cmd.clone(), "<string>".to_string()))
    } else if let Some(file) = o.file.as_deref().filter(|f| *f != "-") {
        argv.push(file.to_string());
        match std::fs::read(file) {
            Ok(bytes) => match decode_source(&bytes, &script_name(file)) {
                Ok(text) => Some((text, script_name(file))),
                Err(msg) => {
                    eprintln!("SyntaxError: {msg}");
                    return 1;
                }
            },
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    std::io::ErrorKind::IsADirectory => "Is a directory".to_string(),
                    _ => e.to_string(),
                };
                eprintln!(
                    "pyview: can't open file '{}': [Errno {errno}] {msg}",
                    script_name(file)
                );
                return 2;
            }
        }
    } else {
        argv.push(o.file.clone().unwrap_or_default());
        if stdin_tty || o.inspect {
            None
        } else {
            let mut bytes = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut bytes);
            Some((
                String::from_utf8_lossy(&bytes).into_owned(),
                "<stdin>".to_string(),
            ))
        }
    };
    argv.extend(o.args.iter().cloned());

    let interactive = o.inspect || script.is_none();
    let prompt = if interactive && stdin_tty {
        match terminal::Prompt::new() {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("{e}");
                return 1;
            }
        }
    } else {
        None
    };
    let interrupt = Arc::new(AtomicBool::new(false));
    let sigint = Arc::new(AtomicBool::new(false));
    // Without the handler Ctrl-C kills pyview; with it, running code sees
    // KeyboardInterrupt. Failing to install it only loses that.
    for flag in [&interrupt, &sigint] {
        let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(flag));
    }
    // As python3: modules are found beside the script (its real
    // directory), or in the current directory for `-c`, stdin and the
    // prompt.
    let module_dir = match o
        .file
        .as_deref()
        .filter(|f| *f != "-" && o.command.is_none())
    {
        Some(file) => std::fs::canonicalize(file)
            .ok()
            .and_then(|p| p.parent().map(|d| d.display().to_string()))
            .unwrap_or_default(),
        None => String::new(),
    };
    let unbuffered = o.unbuffered
        || (!o.ignore_environment
            && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()));
    let mut flags = o.flags.clone();
    flags.inspect = o.inspect;
    flags.interactive = o.inspect;
    flags.quiet = o.quiet;
    flags.ignore_environment = o.ignore_environment;
    flags.dont_write_bytecode |= !o.ignore_environment
        && std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    flags.safe_path |=
        !o.ignore_environment && std::env::var_os("PYTHONSAFEPATH").is_some_and(|v| !v.is_empty());
    let mut builder = pyview::Interpreter::builder()
        .unbuffered(unbuffered)
        .sys_flags(flags)
        .argv(argv)
        .interrupt(interrupt)
        .module_path(&module_dir)
        .unrestricted_imports()
        .unrestricted_files()
        .unrestricted_processes();
    // A script from a file or `-c` reads `input()` from standard input;
    // the prompt and a piped program (also after `-i`) read their
    // statements there, and must not find it locked.
    let piped_prompt = interactive && !stdin_tty;
    if piped_prompt {
        builder = builder.stdin(Box::new(InputView::default()));
    } else if !o.inspect && (o.command.is_some() || o.file.as_deref().is_some_and(|f| f != "-")) {
        builder = builder.stdin(Box::new(std::io::stdin().lock()));
    }
    let mut py = builder.build();

    if let Some((source, filename)) = &script {
        if filename.starts_with('/') {
            // A script's `__file__`, and `__cached__`, which is None for it.
            let _ = py.set("__file__", filename.as_str());
            let _ = py.set("__cached__", pyview::Object::none());
        }
        if let Err(e) = py.run(source, filename) {
            if o.inspect {
                py.write_stderr(e.inspect_report());
            } else {
                py.report(&e);
                py.finalize();
                py.flush();
                if e.type_name() == "KeyboardInterrupt" {
                    // As python3: die of SIGINT, so the shell sees it.
                    let _ = signal_hook::low_level::emulate_default_handler(
                        signal_hook::consts::SIGINT,
                    );
                    return 130;
                }
                return e.exit_code();
            }
        }
        if !o.inspect {
            py.finalize();
            py.flush();
            return 0;
        }
        py.flush();
    }

    let banner = !o.quiet && script.is_none();
    if let Some(prompt) = prompt {
        prompt.run(py, banner, &sigint)
    } else {
        if banner {
            py.write_stderr(&terminal::banner());
        }
        let code = match py.run_piped(&mut PromptView::default()) {
            pyview::repl::Exit::Eof => 0,
            pyview::repl::Exit::SystemExit(code) => code,
        };
        py.finalize();
        py.flush();
        code
    }
}

/// Standard input as python3's piped interactive mode shares it between
/// the prompt and `input()`: the prompt reads one line at a time
/// ([`PromptView`]), while `input()` reads a block (up to 8 KiB of what is
/// waiting) into a buffer of its own ([`InputView`]), so the lines that
/// block holds beyond the one asked for are lost to the prompt.
#[derive(Default)]
struct InputView {
    buf: Vec<u8>,
    pos: usize,
}

/// What the prompt reads through: never more than the line it needs.
#[derive(Default)]
struct PromptView {
    line: Vec<u8>,
    pos: usize,
}

/// python3's `sys.stdin` buffer size.
const INPUT_BLOCK: usize = 8192;

/// Takes what standard input has waiting (reading once if nothing is),
/// up to the first `\n` when `line`, else up to [`INPUT_BLOCK`] bytes.
fn take_stdin(line: bool) -> std::io::Result<Vec<u8>> {
    let mut stdin = std::io::stdin().lock();
    let waiting = stdin.fill_buf()?;
    let n = if line {
        waiting
            .iter()
            .position(|&b| b == b'\n')
            .map_or(waiting.len(), |i| i + 1)
    } else {
        waiting.len().min(INPUT_BLOCK)
    };
    let taken = waiting.get(..n).unwrap_or_default().to_vec();
    stdin.consume(n);
    Ok(taken)
}

/// `Read` over a view's buffered bytes.
fn read_from(buf: &[u8], pos: &mut usize, out: &mut [u8]) -> usize {
    let rest = buf.get(*pos..).unwrap_or_default();
    let n = rest.len().min(out.len());
    out[..n].copy_from_slice(&rest[..n]);
    *pos += n;
    n
}

impl Read for InputView {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        self.fill_buf()?;
        Ok(read_from(&self.buf, &mut self.pos, out))
    }
}

impl BufRead for InputView {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.pos >= self.buf.len() {
            self.buf = take_stdin(false)?;
            self.pos = 0;
        }
        Ok(self.buf.get(self.pos..).unwrap_or_default())
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
    }
}

impl Read for PromptView {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        self.fill_buf()?;
        Ok(read_from(&self.line, &mut self.pos, out))
    }
}

impl BufRead for PromptView {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.pos >= self.line.len() {
            self.line = take_stdin(true)?;
            self.pos = 0;
        }
        Ok(self.line.get(self.pos..).unwrap_or_default())
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.line.len());
    }
}
