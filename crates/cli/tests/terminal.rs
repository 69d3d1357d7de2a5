//! The prompt on a terminal, driven through a pseudo-terminal (so these
//! run on a machine without one, as CI is): prompt and echo, history that
//! survives a restart, Ctrl-C, a pasted block, completion, highlighting.
#![cfg(unix)]

use rexpect::session::{spawn_command, PtySession};
use std::path::{Path, PathBuf};
use std::process::Command;

const TIMEOUT_MS: u64 = 20_000;

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pyview-tty-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }

    fn history(&self) -> PathBuf {
        self.0.join("history")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn pyview(history: &Path, envs: &[(&str, &str)]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyview"));
    cmd.arg("-q")
        .env("PYVIEW_HISTORY", history)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn pyview in a pty");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Types a line, waits for its output and then for the next prompt, so
/// nothing is typed ahead of the editor.
fn enter(p: &mut PtySession, keys: &str, output: &str) {
    type_and_expect(p, keys, output);
    p.exp_string(">>> ")
        .unwrap_or_else(|e| panic!("no prompt after {keys:?}: {e}"));
}

/// Types `keys` and waits for `want` in what the terminal shows.
fn type_and_expect(p: &mut PtySession, keys: &str, want: &str) -> String {
    p.send(keys).expect("send");
    p.flush().expect("flush");
    p.exp_string(want)
        .unwrap_or_else(|e| panic!("after {keys:?}, waiting for {want:?}: {e}"))
}

/// Sends Ctrl-D at an empty prompt; callers have seen that prompt.
fn leave(mut p: PtySession) {
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("exit on ctrl-d");
}

#[test]
fn prompt_echo_and_exit() {
    let s = Scratch::new("echo");
    let mut p = pyview(&s.history(), &[("NO_COLOR", "1")]);
    enter(&mut p, "1 + 1\r", "\r\n2\r\n");
    enter(&mut p, "None\r", "None");
    enter(&mut p, "b = bytearray(b'hi')\r", "\r\n");
    enter(&mut p, "b\r", "bytearray(b'hi')\r\n");
    enter(&mut p, "1/0\r", "ZeroDivisionError: division by zero");
    p.send_line("exit").expect("exit");
    p.exp_eof().expect("bare exit leaves");
}

#[test]
fn history_survives_a_restart_with_blocks_whole() {
    let s = Scratch::new("history");
    let mut p = pyview(&s.history(), &[("NO_COLOR", "1")]);
    enter(&mut p, "6 * 7\r", "42\r\n");
    // Auto-indent after the colon: the body is typed without spaces.
    type_and_expect(&mut p, "for i in range(2):\r", "\r\n    ");
    type_and_expect(&mut p, "print(i * 10)\r", "\r\n    ");
    enter(&mut p, "\r", "0\r\n10\r\n");
    leave(p);
    let saved = std::fs::read_to_string(s.history()).expect("history file");
    assert!(saved.contains("6 * 7"), "{saved:?}");

    let mut p = pyview(&s.history(), &[("NO_COLOR", "1")]);
    // Up recalls the whole block; Enter twice runs it again.
    type_and_expect(&mut p, "\x1b[A", "print(i * 10)");
    type_and_expect(&mut p, "\r", "\r\n    ");
    enter(&mut p, "\r", "0\r\n10\r\n");
    // Ctrl-R finds the expression further back.
    type_and_expect(&mut p, "\x12", "reverse-i-search");
    type_and_expect(&mut p, "6 *", "6 * 7");
    enter(&mut p, "\r", "42\r\n");
    leave(p);
}

#[test]
fn ctrl_c_cancels_the_line_and_interrupts_a_loop() {
    let s = Scratch::new("ctrlc");
    let mut p = pyview(&s.history(), &[("NO_COLOR", "1")]);
    p.send("abc").expect("send");
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt").expect("cancelled line");
    p.exp_string(">>> ").expect("prompt");
    enter(&mut p, "n = 0\r", "\r\n");
    // The block announces that it runs, so Ctrl-C is sent to the loop and
    // never to an editor that has not handed the terminal back yet.
    type_and_expect(&mut p, "if True:\r", "    ");
    type_and_expect(&mut p, "print('looping')\r", "    ");
    type_and_expect(&mut p, "while True: n += 1\r", "    ");
    type_and_expect(&mut p, "\r", "looping\r\n");
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_control('c').expect("ctrl-c");
    p.exp_string("Traceback (most recent call last):\r\n  File \"<stdin>\", line ")
        .expect("traceback");
    p.exp_string("KeyboardInterrupt\r\n").expect("interrupted");
    p.exp_string(">>> ").expect("back at the prompt");
    enter(&mut p, "n > 0\r", "True\r\n");
    leave(p);
}

#[test]
fn a_pasted_block_runs_as_a_script() {
    let s = Scratch::new("paste");
    let mut p = pyview(&s.history(), &[("NO_COLOR", "1")]);
    // Line by line, CPython's REPL rejects `print('done')` after the loop
    // without a blank line; pasted, the block runs whole.
    let block = "data = bytearray(b'ab')\nfor b in data:\n    print(b)\nprint('done')\n";
    p.send(&format!("\x1b[200~{block}\x1b[201~"))
        .expect("paste");
    enter(&mut p, "\r", "97\r\n98\r\ndone\r\n");
    leave(p);
}

#[test]
fn tab_completes_names_and_attributes() {
    let s = Scratch::new("tab");
    let mut p = pyview(&s.history(), &[("NO_COLOR", "1")]);
    enter(&mut p, "import sys\r", "\r\n");
    type_and_expect(&mut p, "sys.arg\t", "v");
    enter(&mut p, "\r", "['']\r\n");
    type_and_expect(&mut p, "m = memoryv\t", "iew");
    enter(&mut p, "(b'x')\r", "\r\n");
    type_and_expect(&mut p, "m.nbyt\t", "es");
    enter(&mut p, "\r", "\r\n1\r\n");
    leave(p);
}

#[test]
fn highlighting_on_and_off() {
    let s = Scratch::new("colour");
    let mut p = pyview(&s.history(), &[]);
    // `print` is a builtin (cyan), the string green.
    type_and_expect(&mut p, "print('hi')", "\x1b[32m'hi'");
    enter(&mut p, "\r", "hi\r\n");
    leave(p);
    for off in [("NO_COLOR", "1"), ("TERM", "dumb")] {
        let mut p = pyview(&s.history(), &[off]);
        let shown = type_and_expect(&mut p, "print('hi')\r", "hi\r\n");
        assert!(!shown.contains("\x1b[32m"), "{off:?}: {shown:?}");
        // Ctrl-D typed before the editor is back in raw mode would be the
        // cooked terminal's end-of-file, lost when raw mode starts.
        p.exp_string(">>> ").expect("prompt after the output");
        leave(p);
    }
}
