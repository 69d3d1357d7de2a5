//! Deeply nested data and deep re-entry never overflow the host's stack:
//! each case runs on a thread with a 4.5 MiB stack. That is the hardest
//! size there is: a call into the interpreter with less than 4 MiB left
//! moves to a fresh 16 MiB segment, so a smaller stack would test that
//! segment instead, while this one runs on the thread's own stack with
//! about half a usual main thread's room. repr, str and comparisons of nesting past the recursion
//! limit raise CPython's RecursionError; hashing, dropping and the host's
//! Debug formatting work at any depth.

use pyview::{Context, Exception, Interpreter, Object, Sink};

const SMALL_STACK: usize = 9 << 19;

/// Runs `f` on a thread with a small stack and returns what it returns.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the thread panicked")
}

fn quiet() -> Interpreter {
    Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .build()
}

/// The last line of the traceback a script ends with (or "ok").
fn outcome(py: &mut Interpreter, source: &str) -> String {
    match py.run(source, "deep.py") {
        Ok(()) => "ok".into(),
        Err(e) => format!("{}: {}", e.type_name(), e.message()),
    }
}

const REPR_ERROR: &str =
    "RecursionError: maximum recursion depth exceeded while getting the repr of an object";
const CMP_ERROR: &str = "RecursionError: maximum recursion depth exceeded in comparison";

#[test]
fn repr_and_str_of_deep_nesting_raise_recursion_error() {
    on_small_stack(|| {
        let mut py = quiet();
        py.run(
            "def nest(n, f):\n    x = []\n    for _ in range(n):\n        x = f(x)\n    return x",
            "deep.py",
        )
        .unwrap();
        for (case, expected) in [
            ("repr(nest(200000, lambda x: [x]))", REPR_ERROR),
            ("repr(nest(10000, lambda x: [x]))", REPR_ERROR),
            ("str(nest(100000, lambda x: {'k': x}))", REPR_ERROR),
            ("repr(nest(100000, lambda x: (x,)))", REPR_ERROR),
            ("f'{nest(100000, lambda x: [x])}'", REPR_ERROR),
            ("print(nest(100000, lambda x: [x]))", REPR_ERROR),
            ("repr(nest(500, lambda x: [x]))", "ok"),
        ] {
            assert_eq!(outcome(&mut py, case), expected, "{case}");
        }
        // As in CPython, the limit counts the frames already running.
        assert_eq!(
            outcome(
                &mut py,
                "import sys\nsys.setrecursionlimit(5000)\nr = repr(nest(4000, lambda x: [x]))"
            ),
            "ok"
        );
        assert_eq!(py.eval::<usize>("len(r)").unwrap(), 8002);
        // The interpreter is fine afterwards.
        assert_eq!(
            py.eval::<String>("repr([[1], (2,)])").unwrap(),
            "[[1], (2,)]"
        );
    });
}

#[test]
fn deep_comparisons_raise_recursion_error() {
    on_small_stack(|| {
        let mut py = quiet();
        py.run(
            "def nest(n, f):\n    x = []\n    for _ in range(n):\n        x = f(x)\n    return x",
            "deep.py",
        )
        .unwrap();
        for (case, expected) in [
            (
                "nest(200000, lambda x: [x]) == nest(200000, lambda x: [x])",
                CMP_ERROR,
            ),
            (
                "nest(200000, lambda x: (x,)) != nest(200000, lambda x: (x,))",
                CMP_ERROR,
            ),
            (
                "nest(200000, lambda x: [x]) < nest(200000, lambda x: [x])",
                CMP_ERROR,
            ),
            (
                "nest(200000, lambda x: {1: x}) == nest(200000, lambda x: {1: x})",
                CMP_ERROR,
            ),
            (
                "nest(200000, lambda x: [x]) in [nest(200000, lambda x: [x])]",
                CMP_ERROR,
            ),
            (
                "assert nest(300, lambda x: [x]) == nest(300, lambda x: [x])",
                "ok",
            ),
            (
                "assert nest(300, lambda x: {1: x}) != nest(300, lambda x: {1: [x]})",
                "ok",
            ),
        ] {
            assert_eq!(outcome(&mut py, case), expected, "{case}");
        }
    });
}

#[test]
fn hashing_deep_tuples_works() {
    on_small_stack(|| {
        let mut py = quiet();
        let script = "t = ()\nfor _ in range(200000):\n    t = (t,)\nh = hash(t)\nd = {t: 1}\nassert d[t] == 1";
        assert_eq!(outcome(&mut py, script), "ok");
        // The same value as a shallow tuple's hash would be computed by recursion.
        assert_eq!(
            py.eval::<i64>("hash(((), ((1, 'a'), 2.5)))").unwrap(),
            py.eval::<i64>("hash(((), ((1, 'a'), 2.5)))").unwrap()
        );
    });
}

#[test]
fn dropping_deep_structures_works() {
    on_small_stack(|| {
        let mut py = quiet();
        for script in [
            "l = []\nfor _ in range(1000000):\n    l = [l]\ndel l",
            "t = ()\nfor _ in range(1000000):\n    t = (t, 1)\ndel t",
            "d = {}\nfor _ in range(300000):\n    d = {'k': d}\ndel d",
            "class Node:\n    pass\nhead = None\nfor _ in range(300000):\n    n = Node()\n    n.next = head\n    head = n\ndel head, n",
            "s = frozenset()\nfor _ in range(300000):\n    s = frozenset([s])\ndel s",
            // Replaced rather than deleted, and dropped when a frame ends.
            "l = []\nfor _ in range(300000):\n    l = [l]\nl = 0",
            "def f():\n    x = []\n    for _ in range(300000):\n        x = [x, 2]\nf()",
        ] {
            assert_eq!(outcome(&mut py, script), "ok", "{script}");
        }
    });
}

#[test]
fn deep_objects_on_the_host_side() {
    on_small_stack(|| {
        let mut py = quiet();
        py.run("l = []\nfor _ in range(200000):\n    l = [l]", "deep.py")
            .unwrap();
        let o: Object = py.get("l").unwrap();
        // Debug shows the whole repr, whatever the depth.
        assert_eq!(format!("{o:?}").len(), 400002);
        let items: Vec<Object> = py.get("l").unwrap();
        py.run("del l", "deep.py").unwrap();
        drop(py);
        drop(o);
        drop(items);
    });
}

fn rec(ctx: &mut Context, n: i64) -> Result<i64, Exception> {
    if n == 0 {
        return Ok(0);
    }
    let f = ctx.global("rec").expect("rec is defined");
    let r: i64 = ctx.call(&f, (n - 1,))?.extract()?;
    Ok(r + 1)
}

fn apply(ctx: &mut Context, f: Object, x: i64) -> Result<Object, Exception> {
    ctx.call(&f, (x,))
}

#[test]
fn native_re_entry_counts_against_the_recursion_limit() {
    on_small_stack(|| {
        let mut py = quiet();
        py.add_function("rec", rec);
        assert_eq!(py.eval::<i64>("rec(500)").unwrap(), 500);
        let err = py.eval::<i64>("rec(100000)").unwrap_err();
        assert_eq!(err.type_name(), "RecursionError");
        // Python and native frames alternating, under a raised limit.
        py.add_function("apply", apply);
        py.run("import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return apply(f, n - 1) if n else 0", "deep.py")
            .unwrap();
        assert_eq!(py.eval::<i64>("f(20000)").unwrap(), 0);
        let err = py.eval::<i64>("f(100000)").unwrap_err();
        assert_eq!(err.type_name(), "RecursionError");
        let err = py.eval::<i64>("rec(100000)").unwrap_err();
        assert_eq!(err.type_name(), "RecursionError");
        assert_eq!(py.eval::<i64>("rec(3)").unwrap(), 3);
    });
}
