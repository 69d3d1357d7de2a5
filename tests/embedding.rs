//! The embedding API: running code, values both ways, native functions
//! and modules, host buffers, limits, sinks, and independent
//! interpreters. Error texts were checked against python3 where CPython
//! has the same error.

use pyview::{
    Args, BigInt, Bytes, Context, Exception, HostBuffer, Interpreter, Limit, Limits, Module,
    Object, Sink,
};
use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

fn quiet() -> (Interpreter, Sink) {
    let out = Sink::capture();
    let py = Interpreter::builder()
        .stdout(out.clone())
        .stderr(Sink::Discard)
        .build();
    (py, out)
}

fn last_line(e: &pyview::Error) -> String {
    e.traceback().lines().last().unwrap_or_default().to_string()
}

// ----- running code -----

#[test]
fn run_eval_call_get_set() {
    let (mut py, out) = quiet();
    py.run("x = 2\ndef f(a, b=10):\n    return a * b + x", "m.py")
        .unwrap();
    assert_eq!(py.eval::<i64>("f(3)").unwrap(), 32);
    assert_eq!(py.call::<i64>("f", (1, 2)).unwrap(), 4);
    assert_eq!(py.get::<i64>("x").unwrap(), 2);
    py.set("x", 100).unwrap();
    assert_eq!(py.call::<i64>("f", (1,)).unwrap(), 110);
    py.run("print(x, f(0))", "m.py").unwrap();
    assert_eq!(out.text(), "100 100\n");
    // Built-ins can be called by name too.
    assert_eq!(
        py.call::<String>("repr", (Bytes(vec![0]),)).unwrap(),
        "b'\\x00'"
    );
    let f: Object = py.get("f").unwrap();
    assert_eq!(f.type_name(), "function");
    assert_eq!(py.call_object::<i64>(&f, (2, 2)).unwrap(), 104);
}

#[test]
fn errors_carry_type_message_and_cli_traceback() {
    let (mut py, _) = quiet();
    let e = py
        .run("def f(x):\n    return 1 / x\n\nf(0)", "/tmp/calc.py")
        .unwrap_err();
    assert_eq!(e.type_name(), "ZeroDivisionError");
    assert_eq!(e.message(), "division by zero");
    assert_eq!(e.exit_code(), 1);
    assert_eq!(e.limit(), None);
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"/tmp/calc.py\", line 4, in <module>\n    f(0)\n  File \"/tmp/calc.py\", line 2, in f\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n"
    );
    let e = py.call::<i64>("f", ()).unwrap_err();
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\nTypeError: f() missing 1 required positional argument: 'x'\n"
            .replace("Traceback (most recent call last):\n", "")
    );
    let e = py.run("def g(:\n    pass", "bad.py").unwrap_err();
    assert_eq!(e.type_name(), "SyntaxError");
    assert_eq!(
        e.traceback(),
        "  File \"bad.py\", line 1\n    def g(:\n          ^\nSyntaxError: invalid syntax\n"
    );
    let e = py.run("import sys\nsys.exit(3)", "x.py").unwrap_err();
    assert_eq!((e.type_name(), e.exit_code()), ("SystemExit", 3));
}

#[test]
fn eval_accepts_one_expression_only() {
    let (mut py, _) = quiet();
    assert_eq!(py.eval::<i64>("  1 + 1").unwrap(), 2);
    assert_eq!(
        py.eval::<Vec<i64>>("[i * i for i in range(4)]").unwrap(),
        [0, 1, 4, 9]
    );
    let e = py.eval::<Object>("x = 1").unwrap_err();
    assert_eq!(
        e.traceback(),
        "  File \"<string>\", line 1\n    x = 1\n      ^\nSyntaxError: invalid syntax\n"
    );
    let e = py.eval::<Object>("import os").unwrap_err();
    assert_eq!(
        e.traceback(),
        "  File \"<string>\", line 1\n    import os\n    ^^^^^^\nSyntaxError: invalid syntax\n"
    );
    let e = py.eval::<Object>("1\n2").unwrap_err();
    assert_eq!(
        e.traceback(),
        "  File \"<string>\", line 2\n    2\n    ^\nSyntaxError: invalid syntax\n"
    );
    let e = py.eval::<Object>("undefined_name").unwrap_err();
    assert_eq!(
        last_line(&e),
        "NameError: name 'undefined_name' is not defined"
    );
}

#[test]
fn sandbox_has_no_file_env_or_process_access() {
    let (mut py, _) = quiet();
    for (src, last) in [
        (
            "open('/etc/passwd')",
            "PermissionError: [Errno 13] Permission denied: '/etc/passwd'",
        ),
        (
            "import os\nos.listdir('/')",
            "PermissionError: [Errno 13] Permission denied: '/'",
        ),
        (
            "import os\nos.getcwd()",
            "PermissionError: [Errno 13] Permission denied",
        ),
        // subprocess imports, but starts no program.
        (
            "import subprocess\nsubprocess.run(['true'])",
            "PermissionError: [Errno 13] Permission denied: 'true'",
        ),
        (
            "import socket",
            "ModuleNotFoundError: No module named 'socket'",
        ),
        // Standard input is the host's to give: none by default.
        ("input()", "EOFError: EOF when reading a line"),
        // `__import__` is the import statement: the same modules only.
        (
            "__import__('subprocess').Popen('ls')",
            "PermissionError: [Errno 13] Permission denied: 'ls'",
        ),
    ] {
        let e = py.run(src, "<sandbox>").unwrap_err();
        assert_eq!(last_line(&e), last, "{src}");
    }
    // sys.exit is an exception for the host, never a process exit.
    let e = py.run("import sys\nsys.exit(0)", "<sandbox>").unwrap_err();
    assert_eq!(e.type_name(), "SystemExit");
}

#[test]
fn input_reads_the_hosts_stdin() {
    let out = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(out.clone())
        .stderr(Sink::Discard)
        .stdin(Box::new(std::io::Cursor::new(b"Ada\nBob".to_vec())))
        .build();
    py.run(
        "a = input('first? ')\nb = input()\nprint([a, b])\ninput('more? ')",
        "<stdin-test>",
    )
    .unwrap_err();
    assert_eq!(out.text(), "first? ['Ada', 'Bob']\nmore? ");
}

#[test]
fn iterating_stdin_gives_its_lines() {
    let out = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(out.clone())
        .stderr(Sink::Discard)
        .stdin(Box::new(std::io::Cursor::new(b"x\ny\nlast".to_vec())))
        .build();
    py.run(
        "import sys\nprint(sys.stdin.readline(), end='')\nprint([l for l in sys.stdin])",
        "<stdin-test>",
    )
    .unwrap();
    assert_eq!(out.text(), "x\n['y\\n', 'last']\n");
    let e = py
        .run("import sys\nfor l in sys.stdout: pass", "<stdin-test>")
        .unwrap_err();
    assert_eq!(last_line(&e), "io.UnsupportedOperation: not readable");
}

#[test]
fn interpreters_are_independent() {
    let (mut a, out_a) = quiet();
    let (mut b, out_b) = quiet();
    a.add_module(Module::new("shared").constant("who", "a"))
        .unwrap();
    a.run("x = 'a'\nimport shared\nprint(shared.who)", "a.py")
        .unwrap();
    b.run("x = 'b'", "b.py").unwrap();
    assert_eq!(a.get::<String>("x").unwrap(), "a");
    assert_eq!(b.get::<String>("x").unwrap(), "b");
    assert_eq!(
        last_line(&b.run("import shared", "b.py").unwrap_err()),
        "ModuleNotFoundError: No module named 'shared'"
    );
    assert_eq!(out_a.text(), "a\n");
    assert_eq!(out_b.text(), "");
    // Limits belong to one interpreter.
    a.set_limits(Limits {
        operations: Some(10),
        ..Limits::default()
    });
    assert!(a.run("for i in range(100): pass", "a.py").is_err());
    b.run("for i in range(100): pass", "b.py").unwrap();
}

#[test]
fn interpreters_on_many_threads() {
    let handles: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                let mut py = Interpreter::builder().stdout(Sink::Discard).build();
                py.set("t", t).unwrap();
                py.run(
                    "acc = 0\nfor i in range(20000):\n    acc += i * t",
                    "<thread>",
                )
                .unwrap();
                py.get::<i64>("acc").unwrap()
            })
        })
        .collect();
    let sums: Vec<i64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(sums, [0, 199990000, 399980000, 599970000]);
}

// ----- conversions -----

#[test]
fn conversions_round_trip() {
    let (mut py, _) = quiet();
    py.set("i", -5i8).unwrap();
    py.set("u", u64::MAX).unwrap();
    py.set("big", BigInt::from(7u8).pow(50)).unwrap();
    py.set("f", 1.5f32).unwrap();
    py.set("s", "héllo").unwrap();
    py.set("b", Bytes(vec![1, 2])).unwrap();
    py.set("t", true).unwrap();
    py.set("n", ()).unwrap();
    py.set("v", vec![vec![1, 2], vec![]]).unwrap();
    py.set("m", BTreeMap::from([(1, "a"), (2, "b")])).unwrap();
    py.set("h", HashMap::from([("k".to_string(), Some(1.0))]))
        .unwrap();
    py.set("tup", (1, "two", (3.0,))).unwrap();
    py.set("o", Some('c')).unwrap();
    let shown: String = py
        .eval("repr([i, u, big, f, s, b, t, n, v, m, h, tup, o])")
        .unwrap();
    assert_eq!(
        shown,
        "[-5, 18446744073709551615, 1798465042647412146620280340569649349251249, 1.5, 'héllo', b'\\x01\\x02', True, None, [[1, 2], []], {1: 'a', 2: 'b'}, {'k': 1.0}, (1, 'two', (3.0,)), 'c']"
    );
    assert_eq!(py.get::<u64>("u").unwrap(), u64::MAX);
    assert_eq!(py.get::<BigInt>("big").unwrap(), BigInt::from(7u8).pow(50));
    assert_eq!(py.get::<f64>("f").unwrap(), 1.5);
    assert_eq!(py.get::<String>("s").unwrap(), "héllo");
    assert_eq!(py.get::<Bytes>("b").unwrap(), Bytes(vec![1, 2]));
    assert_eq!(py.get::<Vec<u8>>("b").unwrap(), [1, 2]);
    assert!(py.get::<bool>("t").unwrap());
    assert_eq!(py.get::<Option<i64>>("n").unwrap(), None);
    assert_eq!(
        py.get::<Vec<Vec<u8>>>("v").unwrap(),
        vec![vec![1, 2], vec![]]
    );
    assert_eq!(
        py.get::<BTreeMap<i64, String>>("m").unwrap(),
        BTreeMap::from([(1, "a".to_string()), (2, "b".to_string())])
    );
    assert_eq!(
        py.get::<HashMap<String, Option<f64>>>("h").unwrap()["k"],
        Some(1.0)
    );
    assert_eq!(
        py.get::<(i64, String, (f64,))>("tup").unwrap(),
        (1, "two".to_string(), (3.0,))
    );
    assert_eq!(py.eval::<f64>("2").unwrap(), 2.0);
    assert_eq!(py.eval::<i128>("-(2 ** 100)").unwrap(), -(1i128 << 100));
}

#[test]
fn conversion_errors() {
    let (mut py, _) = quiet();
    for (expr, message) in [
        ("'x'", "eval() result must be int, not str"),
        ("300", "Python int too large to convert to C unsigned char"),
        ("-1", "can't convert negative int to unsigned"),
        ("2 ** 64", "Python int too large to convert to C long"),
    ] {
        let e = match expr {
            "300" => py.eval::<u8>(expr).unwrap_err(),
            "-1" => py.eval::<u32>(expr).unwrap_err(),
            _ => py.eval::<i64>(expr).unwrap_err(),
        };
        assert_eq!(e.message(), message, "{expr}");
    }
    assert_eq!(
        py.eval::<Option<String>>("1").unwrap_err().message(),
        "eval() result must be str or None, not int"
    );
    assert_eq!(
        py.eval::<(i64, i64)>("(1, 2, 3)").unwrap_err().message(),
        "eval() result must be a tuple of 2 items, not 3"
    );
    assert_eq!(
        py.eval::<f64>("10 ** 400").unwrap_err().message(),
        "int too large to convert to float"
    );
    py.run("x = [1]", "<t>").unwrap();
    assert_eq!(
        py.get::<String>("x").unwrap_err().message(),
        "global 'x' must be str, not list"
    );
    let e = py.set("d", HashMap::from([(vec![1], 1)])).unwrap_err();
    assert_eq!(e.message(), "unhashable type: 'list'");
}

// ----- native functions and modules -----

#[test]
fn native_function_argument_errors_are_cpythons() {
    let (mut py, _) = quiet();
    py.add_function("add", |a: i64, b: i64| a + b);
    py.add_function("one", |a: f64| a);
    py.add_function("none", || 1);
    py.add_function("opt", |a: String, b: Option<i64>| format!("{a}{b:?}"));
    for (call, message) in [
        ("add(1)", "add() takes exactly 2 arguments (1 given)"),
        ("add(1, 2, 3)", "add() takes exactly 2 arguments (3 given)"),
        ("add('1', 2)", "add() argument 1 must be int, not str"),
        ("add(1, 2.0)", "add() argument 2 must be int, not float"),
        ("add(1, b=2)", "add() takes no keyword arguments"),
        ("one()", "one() takes exactly one argument (0 given)"),
        ("one('x')", "one() argument 1 must be float, not str"),
        ("none(1)", "none() takes no arguments (1 given)"),
        ("opt()", "opt() takes at least 1 argument (0 given)"),
        (
            "opt('a', 1, 2)",
            "opt() takes at most 2 arguments (3 given)",
        ),
        (
            "opt('a', 'b')",
            "opt() argument 2 must be int or None, not str",
        ),
    ] {
        let e = py.eval::<Object>(call).unwrap_err();
        assert_eq!(e.type_name(), "TypeError", "{call}");
        assert_eq!(e.message(), message, "{call}");
    }
    assert_eq!(py.eval::<String>("opt('a')").unwrap(), "aNone");
    assert_eq!(py.eval::<String>("opt('a', None)").unwrap(), "aNone");
    assert_eq!(py.eval::<String>("opt('a', 7)").unwrap(), "aSome(7)");
    assert_eq!(
        py.eval::<String>("repr(add)").unwrap(),
        "<built-in function add>"
    );
    // Python code can catch what native functions raise.
    py.run(
        "try:\n    add()\nexcept TypeError as e:\n    msg = str(e)",
        "<t>",
    )
    .unwrap();
    assert_eq!(
        py.get::<String>("msg").unwrap(),
        "add() takes exactly 2 arguments (0 given)"
    );
}

#[test]
fn native_functions_raise_and_call_back() {
    let (mut py, out) = quiet();
    py.add_function("checked", |x: i64| -> Result<i64, Exception> {
        if x < 0 {
            Err(Exception::value_error("negative"))
        } else {
            Ok(x)
        }
    });
    py.add_function("keyed", |k: String| -> Result<(), Exception> {
        Err(Exception::key_error(format!("'{k}'")))
    });
    py.add_function(
        "twice",
        |ctx: &mut Context, f: Object, x: Object| -> Result<Object, Exception> {
            let once = ctx.call(&f, (x,))?;
            ctx.call(&f, (once,))
        },
    );
    py.add_function(
        "show",
        |ctx: &mut Context, o: Object| -> Result<(), Exception> {
            let r = ctx.repr(&o)?;
            ctx.print(&format!("<{r}>\n"))
        },
    );
    py.add_function(
        "count",
        |_: &mut Context, args: Args| -> Result<usize, Exception> {
            args.check_count(1, 3)?;
            args.allow_keywords(&[])?;
            Ok(args.len())
        },
    );
    assert_eq!(py.eval::<i64>("checked(4)").unwrap(), 4);
    let e = py.eval::<i64>("checked(-4)").unwrap_err();
    assert_eq!((e.type_name(), e.message()), ("ValueError", "negative"));
    let e = py.eval::<i64>("keyed('k')").unwrap_err();
    assert_eq!(last_line(&e), "KeyError: \"'k'\"");
    assert_eq!(py.eval::<i64>("twice(lambda v: v * 3, 2)").unwrap(), 18);
    // An exception raised in the callback travels through the native
    // function with its traceback.
    py.run("def bad(v):\n    return v / 0", "cb.py").unwrap();
    let e = py.eval::<i64>("twice(bad, 1)").unwrap_err();
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"cb.py\", line 2, in bad\n    return v / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"
    );
    py.run(
        "class P:\n    def __repr__(self):\n        return 'P!'\nshow(P())",
        "<t>",
    )
    .unwrap();
    assert_eq!(out.text(), "<P!>\n");
    assert_eq!(py.eval::<usize>("count(1, 2)").unwrap(), 2);
    assert_eq!(
        py.eval::<usize>("count()").unwrap_err().message(),
        "count() takes at least 1 argument (0 given)"
    );
    assert_eq!(
        py.eval::<usize>("count(1, x=2)").unwrap_err().message(),
        "count() takes no keyword arguments"
    );
}

#[test]
fn native_state_lives_in_cells() {
    let (mut py, _) = quiet();
    let counter = std::rc::Rc::new(std::cell::Cell::new(0));
    let c = counter.clone();
    py.add_function("tick", move || c.set(c.get() + 1));
    py.run("for _ in range(5):\n    tick()", "<t>").unwrap();
    assert_eq!(counter.get(), 5);
}

#[test]
fn native_modules_are_imported_first() {
    let (mut py, out) = quiet();
    py.add_module(
        Module::new("geo")
            .constant("ORIGIN", (0, 0))
            .function("dist", |a: (f64, f64), b: (f64, f64)| {
                ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
            }),
    )
    .unwrap();
    // A host module shadows a built-in one of the same name.
    py.add_module(Module::new("math").constant("pi", 3))
        .unwrap();
    py.run(
        "import geo, math\nfrom geo import dist, ORIGIN\nprint(dist(ORIGIN, (3, 4)), geo.dist, math.pi)\nprint(type(geo).__name__)",
        "<t>",
    )
    .unwrap();
    assert_eq!(out.text(), "5.0 <built-in function dist> 3\nmodule\n");
    let e = py.run("from geo import nothing", "<t>").unwrap_err();
    assert_eq!(
        last_line(&e),
        "ImportError: cannot import name 'nothing' from 'geo' (unknown location)"
    );
    let bad = Module::new("bad").constant("k", HashMap::from([(vec![1], 1)]));
    assert_eq!(
        py.add_module(bad).unwrap_err().message(),
        "unhashable type: 'list'"
    );
}

// ----- host buffers -----

#[test]
fn host_buffer_zero_copy_round_trip() {
    let (mut py, out) = quiet();
    let buf = HostBuffer::new(b"abcdef".to_vec());
    py.set("buf", &buf).unwrap();
    py.run(
        "import struct\nm = memoryview(buf)\nm[0] = ord('A')\ns = m[2:4]\ns[0] = ord('C')\nprint(bytes(buf), struct.unpack_from('2s', buf, 4), m.obj is buf, len(buf))",
        "<t>",
    )
    .unwrap();
    assert_eq!(out.text(), "b'AbCdef' (b'ef',) True 6\n");
    assert_eq!(buf.to_vec(), b"AbCdef");
    // `m` and the slice `s` share one export.
    assert_eq!(buf.exports(), 1);
    py.run("m2 = memoryview(buf)", "<t>").unwrap();
    assert_eq!(buf.exports(), 2);
    // Host writes show through existing views.
    buf.write(|b| b[5] = b'!');
    assert_eq!(py.eval::<String>("chr(m[5])").unwrap(), "!");
    assert_eq!(
        buf.resize(3),
        Err(pyview::BufferError::Exported { exports: 2 })
    );
    py.run("m.release()", "<t>").unwrap();
    assert_eq!(buf.exports(), 2, "the slice s still holds the first export");
    py.run("del s, m2", "<t>").unwrap();
    assert_eq!(buf.exports(), 0);
    buf.resize(3).unwrap();
    assert_eq!(py.eval::<Bytes>("buf").unwrap().0, b"AbC");
    assert_eq!(buf.replace(b"xyz!".to_vec()).unwrap(), b"AbC");
    // `with` releases on exit.
    py.run("with memoryview(buf) as v:\n    n = buf_exports()", "<t>")
        .unwrap_err();
    let b2 = buf.clone();
    py.add_function("buf_exports", move || b2.exports());
    py.run("with memoryview(buf) as v:\n    n = buf_exports()", "<t>")
        .unwrap();
    assert_eq!(py.get::<usize>("n").unwrap(), 1);
    assert_eq!(buf.exports(), 0);
}

#[test]
fn typed_host_buffers() {
    let (mut py, out) = quiet();
    let ints = HostBuffer::from_slice(&[1i32, -2, 3]);
    let floats = HostBuffer::from_slice(&[0.5f64, 1.5]);
    let shorts = HostBuffer::from_slice(&[7u16]);
    py.set("ints", &ints).unwrap();
    py.set("floats", &floats).unwrap();
    py.set("shorts", &shorts).unwrap();
    py.run(
        "import struct\nm = memoryview(ints)\nprint(m.format, m.itemsize, m.nbytes, m.tolist(), ints.format, len(ints))\nm[1] *= 10\nf = memoryview(floats)\nf[0] = f[1] * 2\nprint(f.tolist(), struct.unpack_from('@d', floats, 8), memoryview(shorts).format)\nprint(m.cast('B').nbytes, list(struct.iter_unpack('i', ints)))",
        "<t>",
    )
    .unwrap();
    assert_eq!(
        out.text(),
        "i 4 12 [1, -2, 3] i 3\n[3.0, 1.5] (1.5,) H\n12 [(1,), (-20,), (3,)]\n"
    );
    assert_eq!(ints.to_elements::<i32>().unwrap(), [1, -20, 3]);
    assert_eq!(ints.to_elements::<u32>(), None);
    assert_eq!(floats.get::<f64>(0), Some(3.0));
    assert_eq!(floats.set(1, 9.0), Some(()));
    assert_eq!(py.eval::<f64>("f[1]").unwrap(), 9.0);
    py.run("del m, f", "<t>").unwrap();
    assert_eq!(
        ints.resize(5),
        Err(pyview::BufferError::Misaligned {
            len: 5,
            itemsize: 4
        })
    );
    ints.resize(8).unwrap();
    assert_eq!(
        py.eval::<Vec<i64>>("memoryview(ints).tolist()").unwrap(),
        [1, -20]
    );
    let e = py.eval::<Object>("memoryview(ints).__setitem__(0, 2**40)");
    assert!(e.is_err());
    let e = py.run("memoryview(ints)[0] = 2**40", "<t>").unwrap_err();
    assert_eq!(
        last_line(&e),
        "ValueError: memoryview: invalid value for format 'i'"
    );
}

#[test]
fn host_buffer_readonly_and_revoked() {
    let (mut py, _) = quiet();
    let buf = HostBuffer::new(vec![1, 2, 3, 4]).with_type_name("Frame");
    py.set("frame", &buf).unwrap();
    py.run("import struct\nm = memoryview(frame)", "<t>")
        .unwrap();
    buf.set_readonly(true);
    assert!(py.eval::<bool>("frame.readonly").unwrap());
    // Views made before say so too, as their writes are refused.
    assert!(py.eval::<bool>("m.readonly and m[1:].readonly").unwrap());
    for (src, last) in [
        ("m[0] = 9", "TypeError: cannot modify read-only memory"),
        (
            "memoryview(frame)[0] = 9",
            "TypeError: cannot modify read-only memory",
        ),
        (
            "struct.pack_into('B', frame, 0, 9)",
            "TypeError: argument must be read-write bytes-like object, not Frame",
        ),
    ] {
        let e = py.run(src, "<t>").unwrap_err();
        assert_eq!(last_line(&e), last, "{src}");
    }
    assert_eq!(buf.to_vec(), [1, 2, 3, 4]);
    buf.set_readonly(false);
    assert!(!py.eval::<bool>("m.readonly").unwrap());
    py.run("m[0] = 9", "<t>").unwrap();
    assert_eq!(buf.to_vec(), [9, 2, 3, 4]);

    py.run("s = m[1:]\nit = struct.iter_unpack('B', frame)", "<t>")
        .unwrap();
    buf.revoke();
    assert!(buf.is_revoked());
    for src in [
        "m[0]",
        "s.tolist()",
        "bytes(m)",
        "memoryview(frame)",
        "bytes(frame)",
        "struct.unpack_from('B', frame)",
        "len(frame)",
        "next(it)",
        "m.cast('B')",
    ] {
        let e = py.run(src, "<t>").unwrap_err();
        assert_eq!(
            last_line(&e),
            "ValueError: operation forbidden on released memoryview object",
            "{src}"
        );
    }
    assert!(py
        .eval::<String>("repr(m)")
        .unwrap()
        .starts_with("<released memory at 0x"));
    // The host may resize a revoked buffer even though views are alive.
    assert!(buf.exports() > 0);
    buf.resize(1).unwrap();
    assert_eq!(buf.to_vec(), [9]);
    py.run("m.release()\ndel m, s, it", "<t>").unwrap();
    assert_eq!(buf.exports(), 0);
    assert_eq!(py.eval::<String>("type(frame).__name__").unwrap(), "Frame");
}

#[test]
fn host_buffer_as_native_argument_and_result() {
    let (mut py, _) = quiet();
    py.add_function("make", |n: usize| HostBuffer::new(vec![7; n]));
    py.add_function("size", |b: HostBuffer| b.len());
    assert_eq!(py.eval::<usize>("size(make(3))").unwrap(), 3);
    assert_eq!(
        py.eval::<usize>("size(b'abc')").unwrap_err().message(),
        "size() argument 1 must be HostBuffer, not bytes"
    );
    let b: HostBuffer = py.eval("make(2)").unwrap();
    assert_eq!(b.to_vec(), [7, 7]);
}

// ----- limits -----

fn limited(limits: Limits) -> (Interpreter, Sink) {
    let out = Sink::capture();
    let py = Interpreter::builder()
        .stdout(out.clone())
        .stderr(Sink::Discard)
        .limits(limits)
        .build();
    (py, out)
}

#[test]
fn operation_budget_is_exact_and_uncatchable() {
    let (mut py, out) = limited(Limits {
        operations: Some(100),
        ..Limits::default()
    });
    py.run("for i in range(100): pass", "<t>").unwrap();
    assert_eq!(py.usage().operations, 100);
    let e = py.run("for i in range(101): pass", "<t>").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    assert_eq!(e.type_name(), "pyview.LimitExceeded");
    assert_eq!(e.message(), "operation budget exhausted (100 operations)");
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"<t>\", line 1, in <module>\npyview.LimitExceeded: operation budget exhausted (100 operations)\n"
    );
    // No handler, finally block, __exit__ or generator cleanup runs.
    let src = "\
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit')
        return True
def gen():
    try:
        while True:
            yield 1
    finally:
        print('gen finally')
try:
    with Ctx():
        for _ in gen():
            pass
except:
    print('bare except')
finally:
    print('finally')
";
    let e = py.run(src, "<t>").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    assert_eq!(out.text(), "");
    // Built-in loops count too.
    let e = py.run("sum(range(10**9))", "<t>").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    let e = py
        .run(
            "def g():\n    while True:\n        yield 1\nsum(g())",
            "<t>",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    // Usable afterwards, with a fresh budget.
    assert_eq!(py.eval::<i64>("sum(range(10))").unwrap(), 45);
}

#[test]
fn time_limit_stops_loops_and_sleep() {
    let (mut py, _) = limited(Limits {
        time: Some(Duration::from_millis(50)),
        ..Limits::default()
    });
    for src in [
        "while True: pass",
        "def f():\n    while True:\n        yield\nfor _ in f(): pass",
        "import time\ntime.sleep(60)",
        "def g():\n    while True:\n        yield 1\nx = [i for i in g()]",
    ] {
        let start = Instant::now();
        let e = py.run(src, "<t>").unwrap_err();
        assert_eq!(e.limit(), Some(Limit::Time), "{src}");
        assert!(start.elapsed() < Duration::from_secs(5), "{src}");
    }
}

#[test]
fn memory_limit_raises_memory_error_before_allocating() {
    let (mut py, _) = limited(Limits {
        memory: Some(8 << 20),
        ..Limits::default()
    });
    for src in [
        "b'x' * (9 << 20)",
        "bytearray(1 << 40)",
        "bytes(1 << 62)",
        "[None] * (1 << 20)",
        "'ab' * (5 << 20)",
        "'a'.ljust(10 ** 12)",
        "'a'.zfill(10 ** 12)",
        "('a' * 1000).replace('a', 'b' * 10000)",
        "2 ** (10 ** 9)",
        "1 << (10 ** 10)",
        "list(range(10 ** 9))",
        "[i for i in range(10 ** 9)]",
        "import array\narray.array('d', [0.0]) * (2 << 20)",
        "x = bytearray(4 << 20)\nx += x\nx += x",
        "l = []\nwhile True:\n    l.append(bytes(1 << 16))",
        "s = 'x' * 1000\nwhile True:\n    s = s + s",
        "t = tuple(range(1 << 20))",
    ] {
        let e = py.run(src, "<t>").unwrap_err();
        assert_eq!(e.type_name(), "MemoryError", "{src}");
        assert_eq!(last_line(&e), "MemoryError", "{src}");
        py.run("l = s = x = None", "<t>").unwrap();
    }
    // Python code can catch it, and the memory is available again after.
    py.run(
        "try:\n    big = bytearray(1 << 30)\nexcept MemoryError:\n    big = bytearray(1 << 20)",
        "<t>",
    )
    .unwrap();
    assert_eq!(py.eval::<usize>("len(big)").unwrap(), 1 << 20);
    assert!(py.usage().memory >= 1 << 20);
    py.run("big = None\nok = bytearray(7 << 20)", "<t>")
        .unwrap();
}

#[test]
fn recursion_limit_raises_recursion_error_and_cannot_be_raised() {
    let (mut py, _) = limited(Limits {
        recursion: Some(50),
        ..Limits::default()
    });
    let e = py
        .run("def f(n):\n    return f(n + 1)\nf(0)", "<t>")
        .unwrap_err();
    assert_eq!(
        last_line(&e),
        "RecursionError: maximum recursion depth exceeded"
    );
    py.run(
        "import sys\nsys.setrecursionlimit(10 ** 5)\nn = sys.getrecursionlimit()",
        "<t>",
    )
    .unwrap();
    assert_eq!(py.get::<i64>("n").unwrap(), 50);
}

#[test]
fn deep_recursion_never_overflows_the_stack() {
    // A small thread stack: frames continue on segments made on demand.
    let t = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut py = Interpreter::builder().stdout(Sink::Discard).build();
            py.run(
                "import sys\nsys.setrecursionlimit(30000)\ndef f(n):\n    return n if n == 0 else 1 + f(n - 1)\nr = f(25000)",
                "<t>",
            )
            .unwrap();
            let deep = format!("{}1", "-".repeat(2000));
            (py.get::<i64>("r").unwrap(), py.eval::<i64>(&deep).unwrap())
        })
        .unwrap();
    assert_eq!(t.join().unwrap(), (25000, 1));
}

#[test]
fn output_limit_writes_what_fits_then_stops() {
    let (mut py, out) = limited(Limits {
        output: Some(10),
        ..Limits::default()
    });
    let e = py
        .run(
            "try:\n    print('0123456789abc')\nexcept BaseException:\n    pass\nprint('never')",
            "<t>",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Output));
    assert_eq!(out.text(), "0123456789");
    // The allowance is per call.
    out.clear();
    py.run(
        "import sys\nsys.stderr.write('12345')\nprint('1234')",
        "<t>",
    )
    .unwrap();
    assert_eq!(out.text(), "1234\n");
    assert_eq!(py.usage().output, 10);
}

#[test]
fn a_swallowed_limit_is_still_reported() {
    let (mut py, _) = limited(Limits {
        output: Some(3),
        ..Limits::default()
    });
    // `hasattr` swallows exceptions; the run must still fail.
    let e = py
        .run(
            "class A:\n    @property\n    def p(self):\n        print('too long')\nhasattr(A(), 'p')",
            "<t>",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Output));
}

#[test]
fn interrupt_flag_raises_keyboard_interrupt() {
    let (py, _) = quiet();
    let flag = py.interrupt_flag();
    let mut py = py;
    let setter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    let e = py.run("while True: pass", "<t>").unwrap_err();
    setter.join().unwrap();
    assert_eq!(e.type_name(), "KeyboardInterrupt");
}

// ----- sinks -----

#[test]
fn sinks_capture_callback_discard() {
    let lines = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let seen = lines.clone();
    let err = Sink::capture();
    let mut py = Interpreter::builder()
        .stdout(Sink::callback(move |b| {
            seen.borrow_mut()
                .push(String::from_utf8_lossy(b).into_owned())
        }))
        .stderr(err.clone())
        .build();
    py.run(
        "import sys\nprint('a', 'b', sep='-')\nsys.stdout.write('c')\nprint('e', file=sys.stderr)",
        "<t>",
    )
    .unwrap();
    assert_eq!(*lines.borrow(), ["a-b\n", "c"]);
    assert_eq!(err.text(), "e\n");
    let mut quiet = Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .build();
    assert_eq!(quiet.run_main("print('x')\n1/0", "<t>"), 1);
}

#[test]
fn file_imports_need_a_module_path() {
    let dir = std::env::temp_dir().join(format!("pyview-imports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("helper_mod.py"), "VALUE = 41\n").expect("write module");
    let dir_text = dir.to_str().expect("utf-8 path");
    let script = format!("import sys\nsys.path.append({dir_text:?})\nimport helper_mod");

    let mut sandboxed = Interpreter::builder().stderr(Sink::Discard).build();
    let err = sandboxed.run(&script, "<t>").unwrap_err();
    assert_eq!(err.type_name(), "ModuleNotFoundError");
    assert_eq!(sandboxed.eval::<usize>("len(sys.path)").unwrap(), 1);

    let mut allowed = Interpreter::builder().module_path(dir_text).build();
    allowed.run(&script, "<t>").expect("import");
    assert_eq!(allowed.eval::<i64>("helper_mod.VALUE + 1").unwrap(), 42);
    assert_eq!(
        allowed.eval::<String>("helper_mod.__file__").unwrap(),
        format!("{dir_text}/helper_mod.py")
    );
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn discarded_generators_close_in_the_interpreter_that_made_them() {
    const GEN: &str =
        "def g(tag):\n    try:\n        yield 1\n    finally:\n        print('closed', tag)\n";
    let (mut a, out_a) = quiet();
    let (mut b, out_b) = quiet();
    a.run(GEN, "a.py").unwrap();
    b.run(GEN, "b.py").unwrap();
    a.run("x = g('a')\nnext(x)\ny = g('kept')\nnext(y)", "a.py")
        .unwrap();
    // Discarded in `a` (by a host call): `b` running does not close it.
    a.set("x", Object::none()).unwrap();
    b.run("print('b runs')", "b.py").unwrap();
    assert_eq!(out_b.text(), "b runs\n");
    a.run("print('a runs')", "a.py").unwrap();
    assert_eq!(out_a.text(), "closed a\na runs\n");
    // An interpreter dropped with suspended generators closes none of them.
    drop(a);
    b.run("z = g('b')\nnext(z)\nz = None", "b.py").unwrap();
    b.finalize();
    assert_eq!(out_a.text(), "closed a\na runs\n");
    assert_eq!(out_b.text(), "b runs\nclosed b\n");
}
