//! Interactive sessions: python3's piped interactive loop, and the pieces a
//! terminal front end builds on (when typed input is complete, how to
//! colour it, what to complete at the cursor).
//!
//! Completeness comes from one logos lexer (`pyview_syntax::complete`),
//! which also drives highlighting, so what is coloured is what is parsed.

use crate::{syntax_error, Error, Interpreter};
use pyview_syntax::complete::{self, Status};
use pyview_vm::objects::class::PyClass;
use pyview_vm::Value;
use std::io::BufRead;
use std::ops::Range;
use std::rc::Rc;

pub use pyview_syntax::complete::Class;

/// CPython's `sys.ps1`, the primary prompt.
pub const PS1: &str = ">>> ";
/// CPython's `sys.ps2`, the continuation prompt.
pub const PS2: &str = "... ";

/// What an interactive session does with the lines read so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputStatus {
    /// The statement is finished: run it.
    Complete,
    /// Read another line (prompting with `... `).
    Incomplete,
    /// A syntax error CPython reports at this point; the lines are dropped.
    Invalid(Error),
}

/// Decides, as CPython 3.11's interactive loop does, what to do with
/// `source`: the lines of one statement read so far, each ending in a
/// newline (the last may lack it at end of input).
pub fn input_status(source: &str, filename: &str) -> InputStatus {
    let status = stacker::maybe_grow(crate::RED_ZONE, crate::STACK_SEGMENT, || {
        complete::interactive_status(source)
    });
    match status {
        Status::Complete => InputStatus::Complete,
        Status::Incomplete => InputStatus::Incomplete,
        Status::Invalid(e) => InputStatus::Invalid(syntax_error(&e, filename)),
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// End of input.
    Eof,
    /// `SystemExit` (its report already printed): exit with this status.
    SystemExit(i32),
}

impl Interpreter {
    /// Runs one finished input of a session and reports its error on
    /// stderr; `Some` when the input raised `SystemExit`.
    pub fn run_input(&mut self, source: &str, filename: &str) -> Option<i32> {
        let result = self.run_interactive(source, filename);
        // CPython flushes both streams after every interactive statement.
        self.flush();
        match result {
            Ok(()) => None,
            Err(e) if e.type_name() == "SystemExit" => {
                self.report(&e);
                Some(e.exit_code())
            }
            Err(e) => {
                self.report(&e);
                None
            }
        }
    }

    /// python3's interactive loop over piped input (`python3 -i < file`):
    /// prompts on stderr, each statement run as soon as CPython would run
    /// it, errors reported and the session going on. Interrupts (see
    /// [`crate::Builder::interrupt`]) stop only the statement running.
    pub fn run_piped(&mut self, input: &mut dyn BufRead) -> Exit {
        let sys = self.session_sys();
        let mut buf = String::new();
        let mut line = Vec::new();
        loop {
            let prompt = self.prompt_text(sys.as_ref(), buf.is_empty());
            self.write_stderr(&prompt);
            line.clear();
            let eof = match input.read_until(b'\n', &mut line) {
                Ok(n) => n == 0,
                Err(_) => true,
            };
            let status = if eof {
                // CPython ends the prompt's line when input runs out.
                self.write_stderr("\n");
                if buf.is_empty() {
                    return Exit::Eof;
                }
                InputStatus::Complete
            } else {
                buf.push_str(&String::from_utf8_lossy(&line));
                input_status(&buf, "<stdin>")
            };
            match status {
                InputStatus::Incomplete => continue,
                InputStatus::Complete => {
                    self.vm
                        .interrupt
                        .store(false, std::sync::atomic::Ordering::Relaxed);
                    if let Some(code) = self.run_input(&buf, "<stdin>") {
                        return Exit::SystemExit(code);
                    }
                }
                InputStatus::Invalid(e) => self.report(&e),
            }
            buf.clear();
        }
    }

    /// The `sys` module of a session starting, given CPython's `sys.ps1`
    /// and `sys.ps2` unless a script already set them.
    fn session_sys(&mut self) -> Option<Value> {
        let sys = self.vm.import("sys").ok()?;
        if let Value::Module(m) = &sys {
            for (name, text) in [("ps1", PS1), ("ps2", PS2)] {
                if m.get(name).is_none() {
                    m.set(name, Value::str(text));
                }
            }
        }
        Some(sys)
    }

    /// The prompt to show: `str()` of `sys.ps1` (or `sys.ps2` within a
    /// statement), or nothing when that is gone or its `str()` fails.
    fn prompt_text(&mut self, sys: Option<&Value>, first: bool) -> String {
        let Some(Value::Module(m)) = sys else {
            return String::new();
        };
        match m.get(if first { "ps1" } else { "ps2" }) {
            Some(v) => match &v {
                Value::Str(s) => s.to_string(),
                other => self.vm.str_of(other).unwrap_or_default(),
            },
            None => String::new(),
        }
    }

    /// Completions for the word before byte `pos` of `line`: the byte
    /// where the word starts and the candidates (names, keywords and
    /// builtins; attributes after a dot; module names after `import`).
    pub fn completions(&mut self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = line.get(..pos).unwrap_or(line);
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = &before[start..];
        let head = before[..start].trim();
        let mut out: Vec<String> = Vec::new();
        let module_wanted = head == "import"
            || head == "from"
            || head.starts_with("import ") && head.ends_with(',');
        if module_wanted && !word.contains('.') {
            out.extend(
                self.module_names()
                    .into_iter()
                    .filter(|m| m.starts_with(word)),
            );
        } else if let Some(dot) = word.rfind('.') {
            let (base, prefix) = (&word[..dot], &word[dot + 1..]);
            let attrs = self.attributes(base);
            out.extend(
                attrs
                    .into_iter()
                    .filter(|a| {
                        a.starts_with(prefix) && (prefix.starts_with('_') || !a.starts_with('_'))
                    })
                    .map(|a| format!("{base}.{a}")),
            );
        } else if !word.is_empty() {
            let globals = self.vm.globals.clone();
            let table = globals.table.borrow();
            let values = globals.values.borrow();
            let bound = table
                .names
                .iter()
                .enumerate()
                .filter(|(i, _)| values.get(*i).is_some_and(Option::is_some))
                .map(|(_, n)| n.to_string());
            let names: Vec<String> = bound
                .chain(self.vm.builtin_names().map(str::to_string))
                .chain(complete::keywords().map(str::to_string))
                .filter(|n| n.starts_with(word) && !n.starts_with("__"))
                .collect();
            out.extend(names);
        }
        out.sort();
        out.dedup();
        (start, out)
    }

    /// Modules `import` finds.
    fn module_names(&mut self) -> Vec<String> {
        const CANDIDATES: &[&str] = &[
            "array",
            "binascii",
            "collections",
            "copy",
            "functools",
            "io",
            "itertools",
            "json",
            "math",
            "os",
            "random",
            "re",
            "string",
            "struct",
            "sys",
            "time",
            "typing",
        ];
        CANDIDATES
            .iter()
            .filter(|m| self.vm.import(m).is_ok())
            .map(|m| m.to_string())
            .collect()
    }

    /// Attribute names of the object a dotted name refers to. Only names
    /// and module attributes are looked up: completing runs no code.
    fn attributes(&mut self, dotted: &str) -> Vec<String> {
        let mut parts = dotted.split('.');
        let first = parts.next().unwrap_or("");
        let Some(mut obj) = self
            .vm
            .globals
            .get(first)
            .or_else(|| self.vm.builtin(first))
        else {
            return Vec::new();
        };
        for part in parts {
            let next = match &obj {
                Value::Module(m) => m.get(part),
                _ => None,
            };
            match next {
                Some(v) => obj = v,
                None => return Vec::new(),
            }
        }
        // A user class's attributes, its own first then along its MRO.
        let class_attrs = |c: &Rc<PyClass>| -> Vec<String> {
            c.chain()
                .iter()
                .flat_map(|k| {
                    k.attrs
                        .borrow()
                        .keys()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        match &obj {
            Value::Module(m) => m.names().iter().map(|k| k.to_string()).collect(),
            Value::Class(c) => class_attrs(c),
            Value::Instance(i) => {
                let mut names: Vec<String> =
                    i.attrs.borrow().keys().map(|k| k.to_string()).collect();
                names.extend(class_attrs(&i.class()));
                names
            }
            Value::Super(_) | Value::Wrapper(_) => Vec::new(),
            other => {
                // Data attributes are found by asking: getattr on pyview's
                // own types runs no Python code.
                const DATA: &[&str] = &[
                    "c_contiguous",
                    "contiguous",
                    "denominator",
                    "f_contiguous",
                    "format",
                    "imag",
                    "itemsize",
                    "nbytes",
                    "ndim",
                    "numerator",
                    "obj",
                    "readonly",
                    "real",
                    "shape",
                    "start",
                    "step",
                    "stop",
                    "strides",
                    "suboffsets",
                    "typecode",
                    "args",
                    "__name__",
                    "__qualname__",
                ];
                let mut names: Vec<String> = pyview_vm::builtins::method_names(other)
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                for name in DATA {
                    if self.vm.getattr(other, name).is_ok() {
                        names.push(name.to_string());
                    }
                }
                names
            }
        }
    }
}

/// Highlighting: the classified pieces covering `source`.
pub fn highlight(source: &str) -> Vec<(Range<usize>, Class)> {
    complete::highlight(source)
        .into_iter()
        .map(|p| (p.range, p.class))
        .collect()
}

/// What Enter does in a multi-line terminal editor holding `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enter {
    /// Run the text.
    Accept,
    /// Insert a newline followed by this indentation.
    Newline(String),
}

/// Decides what Enter does at the end of `text`: the statement is run
/// when CPython would run it, except that a whole block (pasted, or typed
/// with a line back at column 0) runs as a script instead of failing, and
/// a blank line (even an indented one) ends a block. New lines are
/// indented like the last one, one level more after a colon.
pub fn enter_action(text: &str) -> Enter {
    if text.trim().is_empty() {
        return Enter::Accept;
    }
    let last = text.rsplit('\n').next().unwrap_or(text);
    let indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let (pieces, tail) = complete::lex(text);
    if tail.is_open() {
        return Enter::Newline(indent);
    }
    let multiline = text.contains('\n');
    if multiline && last.trim().is_empty() {
        return Enter::Accept;
    }
    let ends_colon = pieces
        .iter()
        .rev()
        .find(|p| !matches!(p.class, Class::Space | Class::Comment))
        .is_some_and(|p| &text[p.range.clone()] == ":");
    if ends_colon {
        return Enter::Newline(format!("{indent}    "));
    }
    if !multiline {
        return match input_status(&format!("{text}\n"), "<stdin>") {
            InputStatus::Incomplete => Enter::Newline(indent),
            _ => Enter::Accept,
        };
    }
    if !indent.is_empty() {
        return Enter::Newline(indent);
    }
    // A line back at column 0: run the whole block if it is finished.
    match complete::parse_state(&format!("{text}\n")) {
        complete::Parse::EndsEarly => Enter::Newline(indent),
        _ => Enter::Accept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_indents_blocks_and_accepts_at_a_blank_line() {
        assert_eq!(enter_action("x = 1"), Enter::Accept);
        assert_eq!(enter_action("for i in x:"), Enter::Newline("    ".into()));
        assert_eq!(
            enter_action("for i in x:\n    print(i)"),
            Enter::Newline("    ".into())
        );
        assert_eq!(
            enter_action("for i in x:\n    print(i)\n    "),
            Enter::Accept
        );
        assert_eq!(
            enter_action("for i in x:\n    print(i)\nprint(1)"),
            Enter::Accept
        );
        assert_eq!(enter_action("x = (1,"), Enter::Newline("".into()));
        assert_eq!(enter_action("if x: pass"), Enter::Newline("".into()));
        assert_eq!(enter_action("@dec"), Enter::Newline("".into()));
    }

    #[test]
    fn piped_session_echoes_and_recovers() {
        let out = crate::Sink::capture();
        let err = crate::Sink::capture();
        let mut py = Interpreter::builder()
            .stdout(out.clone())
            .stderr(err.clone())
            .build();
        let mut input: &[u8] = b"1+1\nfor i in range(2):\n    i\n\n1/0\n_\n";
        assert_eq!(py.run_piped(&mut input), Exit::Eof);
        assert_eq!(out.text(), "2\n0\n1\n1\n");
        assert_eq!(
            err.text(),
            ">>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n"
        );
    }

    #[test]
    fn completes_names_attributes_and_modules() {
        let mut py = Interpreter::builder().stdout(crate::Sink::Discard).build();
        py.run("data = bytearray(b'x')\nimport sys", "<t>").unwrap();
        assert_eq!(py.completions("dat", 3), (0, vec!["data".to_string()]));
        let (start, c) = py.completions("x = data.app", 12);
        assert_eq!((start, c), (4, vec!["data.append".to_string()]));
        assert!(py
            .completions("import ar", 9)
            .1
            .contains(&"array".to_string()));
        assert!(py
            .completions("sys.ar", 6)
            .1
            .contains(&"sys.argv".to_string()));
        py.run(
            "class P:\n    def area(self): return 1\np = P()\np.arm = 2",
            "<t>",
        )
        .unwrap();
        assert_eq!(
            py.completions("p.ar", 4).1,
            vec!["p.area".to_string(), "p.arm".to_string()]
        );
    }
}
