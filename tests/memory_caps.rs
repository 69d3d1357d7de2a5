//! Requests the memory limit must refuse with MemoryError before anything
//! is allocated: widths in formatting, joins, splits, `tolist()`, and
//! copies of a host's buffer (memory the limit does not count, so the
//! copy is a new request). Each case would otherwise take far more than
//! the limit, and the time limit with it.

use pyview::{HostBuffer, Interpreter, Sink};
use std::time::{Duration, Instant};

const CAP: usize = 16 << 20;

fn capped() -> Interpreter {
    Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .memory_limit(CAP)
        .time_limit(Duration::from_secs(20))
        .build()
}

/// What a statement raises ("ok" when nothing), and how long it took.
fn outcome(py: &mut Interpreter, source: &str) -> (String, Duration) {
    let started = Instant::now();
    let r = match py.run(source, "cap.py") {
        Ok(()) => "ok".to_string(),
        Err(e) => e.type_name().to_string(),
    };
    (r, started.elapsed())
}

fn refused(py: &mut Interpreter, source: &str) {
    py.run("pass", "cap.py").unwrap();
    let before = py.usage().memory;
    let (r, took) = outcome(py, source);
    assert_eq!(r, "MemoryError", "{source}");
    assert!(took < Duration::from_secs(2), "{source} took {took:?}");
    // Nothing it refused is left counted.
    assert!(
        py.usage().memory <= before,
        "{source}: {} bytes live",
        py.usage().memory
    );
}

#[test]
fn format_widths_are_requests() {
    let mut py = capped();
    for case in [
        "'{:>1000000000}'.format('x')",
        "f'{1:>100000000}'",
        "format(1.5, '>100000000')",
        "format(1.5, '.100000000f')",
        "f'{\"x\":\u{4e00}^100000000}'",
        "'{:>{w}}'.format(2, w=10**9)",
        "format(10**50, '100000000,')",
    ] {
        refused(&mut py, case);
    }
    // Widths that fit are fine, and MemoryError can be caught.
    assert_eq!(py.eval::<usize>("len(f'{1:>1000}')").unwrap(), 1000);
    py.run(
        "try:\n    f'{1:>100000000}'\nexcept MemoryError:\n    ok = True",
        "cap.py",
    )
    .unwrap();
}

#[test]
fn joins_are_sized_first() {
    let mut py = capped();
    refused(&mut py, "'-'.join(['x' * 100000] * 1000)");
    refused(&mut py, "b'-'.join([b'x' * 100000] * 1000)");
    refused(&mut py, "bytearray(b'-').join([b'x' * 100000] * 1000)");
    assert_eq!(
        py.eval::<usize>("len('-'.join(['ab'] * 1000))").unwrap(),
        2999
    );
    assert_eq!(
        py.eval::<usize>("len(b'-'.join([b'ab'] * 1000))").unwrap(),
        2999
    );
    // The type error still names the bad item.
    let err = py.run("'-'.join(['a', 1])", "cap.py").unwrap_err();
    assert_eq!(
        err.message(),
        "sequence item 1: expected str instance, int found"
    );
}

#[test]
fn splits_count_their_pieces() {
    let mut py = capped();
    py.run(
        "data = b'ab' * (2 << 20)\ntext = 'a ' * (2 << 20)",
        "cap.py",
    )
    .unwrap();
    for case in [
        "data.split(b'a')",
        "data.rsplit(b'b')",
        "bytearray(data).split(b'a')",
        "(b'a\\n' * (2 << 20)).splitlines()",
        "text.split()",
        "text.rsplit()",
        "text.split(' ')",
        "memoryview(bytearray(8 << 20)).tolist()",
    ] {
        refused(&mut py, case);
    }
    // Small splits, and maxsplit, are unaffected.
    assert_eq!(py.eval::<usize>("len(data.split(b'a', 3))").unwrap(), 4);
    assert_eq!(py.eval::<usize>("len(text.split(None, 3))").unwrap(), 4);
    assert_eq!(py.eval::<usize>("len(text.rsplit(' ', 3))").unwrap(), 4);
    assert_eq!(
        py.eval::<Vec<String>>("'  a b  c '.split(None, 1)")
            .unwrap(),
        ["a", "b  c "]
    );
    assert_eq!(
        py.eval::<Vec<String>>("'  a b  c '.rsplit(None, 1)")
            .unwrap(),
        ["  a b", "c"]
    );
    assert_eq!(
        py.eval::<Vec<pyview::Bytes>>("b' a  b '.rsplit(None, 1)")
            .unwrap(),
        [pyview::Bytes(b" a".to_vec()), pyview::Bytes(b"b".to_vec())]
    );
}

#[test]
fn copies_of_host_buffers_are_requests() {
    let mut py = capped();
    let big = HostBuffer::new(vec![7; 20 << 20]);
    py.set("hb", &big).unwrap();
    for case in [
        "bytes(hb)",
        "bytearray(hb)",
        "bytes(memoryview(hb))",
        "memoryview(hb).tobytes()",
        "memoryview(hb).hex()",
        "memoryview(hb).tolist()",
        "b'' + hb",
        "bytearray() + hb",
        "b'-'.join([hb])",
        "b'%b' % hb",
        "str(hb, 'latin-1')",
    ] {
        refused(&mut py, case);
    }
    // Views and in-place reads of it are free.
    assert_eq!(
        py.eval::<usize>("len(memoryview(hb)[::1024])").unwrap(),
        20 << 10
    );
    assert_eq!(py.eval::<i64>("memoryview(hb)[5]").unwrap(), 7);
    assert_eq!(py.usage().memory, 0);
    // A small one copies fine.
    let small = HostBuffer::new(vec![1, 2, 3]);
    py.set("sb", &small).unwrap();
    assert_eq!(
        py.eval::<String>("repr(bytes(sb) + sb)").unwrap(),
        "b'\\x01\\x02\\x03\\x01\\x02\\x03'"
    );
}

#[test]
fn results_many_times_their_operands_are_requests() {
    let mut py = capped();
    py.run(
        "s = 'x' * 10000\nshared = [s] * 10000\nb = bytes(2 << 20)\n\
         latin = bytes(range(128, 256)) * 40000\nt = 'a' * (3 << 20)",
        "cap.py",
    )
    .unwrap();
    for case in [
        // Text far longer than the values it shows.
        "repr(shared)",
        "str(shared)",
        "f'{shared}'",
        "'%s' % (shared,)",
        "repr(tuple(shared))",
        "print(shared)",
        "str(b)",
        "repr(b)",
        "repr(bytearray(b))",
        // One character to a long str each.
        "('a' * 1000).translate({97: 'y' * 100000})",
        // Many objects from few bytes.
        "import struct\nstruct.unpack('8000000b', bytes(8000000))",
        "import struct\nstruct.unpack_from('8000000b', bytes(8000000))",
        "import array\narray.array('b', bytes(4 << 20)).tolist()",
        // Codecs that widen.
        "t.encode('utf-32')",
        "t.encode('utf-16')",
        "latin.decode('latin-1')",
        "latin.decode('ascii', 'backslashreplace')",
        "str(latin, 'cp1252', 'replace')",
    ] {
        refused(&mut py, case);
    }
    // The same operations at sizes that fit.
    assert_eq!(
        py.eval::<usize>("len(repr(shared[:100]))").unwrap(),
        1_000_400
    );
    assert_eq!(py.eval::<usize>("len(str(b[:1000]))").unwrap(), 4003);
    assert_eq!(
        py.eval::<usize>("len(('a' * 10).translate({97: 'y' * 1000}))")
            .unwrap(),
        10000
    );
    assert_eq!(
        py.eval::<usize>("len(t[:1000].encode('utf-32'))").unwrap(),
        4004
    );
    assert_eq!(
        py.eval::<usize>("len(latin[:100000].decode('latin-1'))")
            .unwrap(),
        100000
    );
    py.run(
        "import struct\nn = len(struct.unpack('1000b', bytes(1000)))",
        "cap.py",
    )
    .unwrap();
    assert_eq!(py.get::<usize>("n").unwrap(), 1000);
}
