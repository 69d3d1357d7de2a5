//! Runs every example (their logic lives in a `run` function) and checks
//! what it reports; `cargo build --examples` builds them as programs.

#[path = "../examples/frame_inspector.rs"]
mod frame_inspector;
#[path = "../examples/hello.rs"]
mod hello;
#[path = "../examples/host_buffer.rs"]
mod host_buffer;
#[path = "../examples/limits.rs"]
mod limits;
#[path = "../examples/native_module.rs"]
mod native_module;

type Run = fn(&mut dyn std::io::Write) -> Result<(), Box<dyn std::error::Error>>;

fn report(run: Run) -> String {
    let mut out = Vec::new();
    run(&mut out).expect("example failed");
    String::from_utf8(out).expect("utf-8 report")
}

#[test]
fn hello() {
    insta::assert_snapshot!(report(hello::run));
}

#[test]
fn native_module() {
    insta::assert_snapshot!(report(native_module::run));
}

#[test]
fn host_buffer() {
    insta::assert_snapshot!(report(host_buffer::run));
}

#[test]
fn limits() {
    insta::assert_snapshot!(report(limits::run));
}

#[test]
fn frame_inspector() {
    insta::assert_snapshot!(report(frame_inspector::run));
}
