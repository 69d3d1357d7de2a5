//! The prompt on a terminal, through rustyline: multi-line editing with
//! auto-indent, persistent history, Ctrl-R search, highlighting and
//! completion. What counts as a finished statement, the colours' token
//! classes and the completions all come from `pyview::repl`.

use pyview::repl::{self, Class, Enter};
use pyview::Interpreter;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Config, Editor, Event, EventContext, EventHandler, Helper,
    KeyCode, KeyEvent, Modifiers, RepeatCount,
};
use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

pub fn banner() -> String {
    format!(
        "pyview {} (Python 3.11 subset)\nType \"exit\" or press Ctrl-D to leave.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Where history is kept: `$PYVIEW_HISTORY`, else `~/.pyview_history`.
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PYVIEW_HISTORY").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyview_history"))
}

/// Colour unless NO_COLOR is set, the terminal is dumb or stdout is not
/// a terminal.
fn colour_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").as_deref() != Ok("dumb")
        && std::io::stdout().is_terminal()
}

fn style(class: Class) -> Option<&'static str> {
    Some(match class {
        Class::Keyword | Class::Constant => "\x1b[1;34m",
        Class::Builtin => "\x1b[36m",
        Class::String => "\x1b[32m",
        Class::Number => "\x1b[33m",
        Class::Comment => "\x1b[90m",
        Class::Error => "\x1b[31m",
        _ => return None,
    })
}

struct PyHelper {
    py: Rc<RefCell<Interpreter>>,
    colour: bool,
}

impl Helper for PyHelper {}
impl Hinter for PyHelper {
    type Hint = String;
}
impl Validator for PyHelper {}

impl Completer for PyHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or(line);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        if before[line_start..].trim().is_empty() {
            // Tab in leading whitespace indents.
            return Ok((pos, vec!["    ".to_string()]));
        }
        let Ok(mut py) = self.py.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        let (start, found) = py.completions(&before[line_start..], pos - line_start);
        Ok((line_start + start, found))
    }
}

impl Highlighter for PyHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.colour {
            return Cow::Borrowed(line);
        }
        let mut out = String::with_capacity(line.len() * 2);
        for (range, class) in repl::highlight(line) {
            let text = &line[range];
            match style(class) {
                Some(s) => {
                    out.push_str(s);
                    out.push_str(text);
                    out.push_str("\x1b[0m");
                }
                None => out.push_str(text),
            }
        }
        Cow::Owned(out)
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _: bool) -> Cow<'b, str> {
        if self.colour {
            Cow::Owned(format!("\x1b[1;35m{prompt}\x1b[0m"))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.colour
    }
}

/// Enter: run the input if it is finished, else open an indented line.
struct EnterKey;

impl ConditionalEventHandler for EnterKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        // In the middle of a block being edited, Enter splits the line.
        if line.contains('\n') && !line.get(ctx.pos()..).unwrap_or("").trim().is_empty() {
            return Some(Cmd::Insert(1, "\n".to_string()));
        }
        Some(match repl::enter_action(line) {
            Enter::Accept => Cmd::AcceptLine,
            Enter::Newline(indent) => Cmd::Insert(1, format!("\n{indent}")),
        })
    }
}

/// The line editor, made before pyview's SIGINT handler is installed:
/// rustyline installs its own, and ours must come after it to run first
/// (it chains to rustyline's).
pub struct Prompt {
    editor: Editor<PyHelper, FileHistory>,
}

impl Prompt {
    pub fn new() -> Result<Prompt, String> {
        let config = Config::builder()
            .auto_add_history(false)
            .history_ignore_dups(true)
            .and_then(|c| c.max_history_size(10_000))
            .map(|c| c.bracketed_paste(true).build())
            .unwrap_or_default();
        let mut editor: Editor<PyHelper, FileHistory> = Editor::with_config(config)
            .map_err(|e| format!("pyview: cannot use the terminal: {e}"))?;
        // Ctrl-J too: typed ahead before the prompt, Enter arrives as '\n'.
        for key in [
            KeyEvent(KeyCode::Enter, Modifiers::NONE),
            KeyEvent::ctrl('J'),
        ] {
            editor.bind_sequence(key, EventHandler::Conditional(Box::new(EnterKey)));
        }
        Ok(Prompt { editor })
    }

    /// Runs the prompt until Ctrl-D, `exit`/`quit` or SystemExit; returns
    /// the exit status. `sigint` is set by every SIGINT, which rustyline
    /// also hears and reports at the next prompt as a Ctrl-C of its own.
    pub fn run(mut self, py: Interpreter, banner_wanted: bool, sigint: &AtomicBool) -> i32 {
        if banner_wanted {
            eprint!("{}", banner());
        }
        let py = Rc::new(RefCell::new(py));
        let editor = &mut self.editor;
        editor.set_helper(Some(PyHelper {
            py: py.clone(),
            colour: colour_wanted(),
        }));
        let history = history_path();
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        let interrupt = py.borrow().interrupt_flag();
        sigint.store(false, Ordering::Relaxed);
        loop {
            py.borrow_mut().flush();
            let stale = sigint.swap(false, Ordering::Relaxed);
            let text = match editor.readline(repl::PS1) {
                Ok(text) => text,
                Err(ReadlineError::Interrupted) if stale => continue,
                Err(ReadlineError::Interrupted) => {
                    eprintln!("KeyboardInterrupt");
                    continue;
                }
                Err(ReadlineError::Eof) => {
                    println!();
                    return 0;
                }
                Err(e) => {
                    eprintln!("pyview: {e}");
                    return 1;
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            let _ = editor.add_history_entry(text.trim_end());
            if let Some(path) = &history {
                let _ = editor.append_history(path);
            }
            if matches!(text.trim(), "exit" | "quit") {
                return 0;
            }
            let _ = std::io::stdout().flush();
            interrupt.store(false, Ordering::Relaxed);
            sigint.store(false, Ordering::Relaxed);
            let source = format!("{}\n", text.trim_end());
            if let Some(code) = py.borrow_mut().run_input(&source, "<stdin>") {
                return code;
            }
        }
    }
}
