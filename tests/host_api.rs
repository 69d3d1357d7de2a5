//! Host-side API details: keyword arguments from Rust, the exception
//! object behind an Error, exceptions of script classes raised by native
//! code, module names import can spell, and conversion errors that say
//! where inside a value the mismatch is.

use pyview::{Context, Exception, Interpreter, Module, Object, Sink};
use std::collections::HashMap;

fn quiet() -> Interpreter {
    Interpreter::builder()
        .stdout(Sink::Discard)
        .stderr(Sink::Discard)
        .build()
}

#[test]
fn keyword_arguments_from_the_host() {
    let mut py = quiet();
    py.run(
        "def f(a, *, b=2, **rest):\n    return [a, b, sorted(rest.items())]",
        "<t>",
    )
    .unwrap();
    let r: (i64, i64, Vec<(String, i64)>) = py
        .call_kw("f", (1,), [("b", 5), ("z", 9), ("y", 8)])
        .unwrap();
    assert_eq!(r, (1, 5, vec![("y".into(), 8), ("z".into(), 9)]));
    let err = py
        .call_kw::<Object, _, _>("f", (1,), [("b", 1), ("b", 2)])
        .unwrap_err();
    assert_eq!(err.message(), "keyword argument repeated: b");
    let err = py
        .call_kw::<Object, _, _>("f", (1,), [("a", 1)])
        .unwrap_err();
    assert_eq!(err.message(), "f() got multiple values for argument 'a'");
    // Built-ins take them too.
    let v: Vec<String> = py.call_kw("sorted", ("cab",), [("reverse", true)]).unwrap();
    assert_eq!(v, ["c", "b", "a"]);
}

/// `exc.args`, converted.
fn args_of<T: pyview::FromPy>(py: &mut Interpreter, exc: Object) -> T {
    let f: Object = py.eval("lambda e: e.args").unwrap();
    py.call_object(&f, (exc,)).unwrap()
}

fn raise_custom(ctx: &mut Context, name: String) -> Result<(), Exception> {
    let class = ctx
        .global(&name)
        .ok_or_else(|| Exception::runtime_error("no such class"))?;
    let exc = ctx.call(&class, ("from rust", 7))?;
    Err(Exception::from_object(&exc))
}

#[test]
fn native_code_raises_script_exceptions_and_the_host_sees_them() {
    let mut py = quiet();
    py.add_function("raise_custom", raise_custom);
    py.run("class AppError(Exception):\n    pass", "<t>")
        .unwrap();
    let err = py.run("raise_custom('AppError')", "job.py").unwrap_err();
    assert_eq!(err.type_name(), "AppError");
    assert_eq!(err.message(), "('from rust', 7)");
    let exc = py.last_exception().unwrap();
    let args: (String, i64) = args_of(&mut py, exc);
    assert_eq!(args, ("from rust".to_string(), 7));
    // Caught inside Python like any exception.
    py.run(
        "try:\n    raise_custom('AppError')\nexcept AppError as e:\n    caught = e.args[1]",
        "<t>",
    )
    .unwrap();
    assert_eq!(py.get::<i64>("caught").unwrap(), 7);
    // Not an exception: CPython's TypeError.
    let err = py
        .run(
            "def notexc(*a):\n    return 42\nraise_custom('notexc')",
            "job.py",
        )
        .unwrap_err();
    assert_eq!(err.type_name(), "TypeError");
    assert_eq!(err.message(), "exceptions must derive from BaseException");
    // A new error replaces the old one.
    let err = py.run("{}['k']", "job.py").unwrap_err();
    assert_eq!(err.type_name(), "KeyError");
    let exc = py.last_exception().unwrap();
    let (k,): (String,) = args_of(&mut py, exc);
    assert_eq!(k, "k");
    // A limit has no exception object.
    let mut limited = Interpreter::builder()
        .stderr(Sink::Discard)
        .max_operations(1000)
        .build();
    let err = limited.run("while True: pass", "job.py").unwrap_err();
    assert!(err.limit().is_some());
    assert!(limited.last_exception().is_none());
}

#[test]
fn module_names_must_be_importable() {
    let mut py = quiet();
    for bad in ["", "1abc", "pkg.sub", "class", "a-b"] {
        let err = py.add_module(Module::new(bad)).unwrap_err();
        assert_eq!(err.type_name(), "ValueError", "{bad:?}");
        assert!(err.message().contains("must be an identifier"), "{bad:?}");
    }
    py.add_module(Module::new("données").constant("x", 1))
        .unwrap();
    py.run("import données\nv = données.x", "<t>").unwrap();
    assert_eq!(py.get::<i64>("v").unwrap(), 1);
}

#[test]
fn conversion_errors_say_where() {
    let mut py = quiet();
    let cases: Vec<(String, String)> = vec![
        (
            py.eval::<Vec<String>>("['a', 1]")
                .unwrap_err()
                .message()
                .into(),
            "eval() result[1] must be str, not int".into(),
        ),
        (
            py.eval::<HashMap<String, i64>>("{'a': 1, 2: 3}")
                .unwrap_err()
                .message()
                .into(),
            "eval() result key 2 must be str, not int".into(),
        ),
        (
            py.eval::<HashMap<String, i64>>("{'a': 1, 'b': 'x'}")
                .unwrap_err()
                .message()
                .into(),
            "eval() result['b'] must be int, not str".into(),
        ),
        (
            py.eval::<Vec<(i64, String)>>("[(1, 'a'), (2, 3)]")
                .unwrap_err()
                .message()
                .into(),
            "eval() result[1][1] must be str, not int".into(),
        ),
        (
            py.eval::<(i64, i64)>("(1, 2, 3)")
                .unwrap_err()
                .message()
                .into(),
            "eval() result must be a tuple of 2 items, not 3".into(),
        ),
        (
            py.eval::<Vec<Option<i64>>>("[None, 'x']")
                .unwrap_err()
                .message()
                .into(),
            "eval() result[1] must be int or None, not str".into(),
        ),
        (
            py.eval::<Option<Vec<i64>>>("['x']")
                .unwrap_err()
                .message()
                .into(),
            "eval() result[0] must be int, not str".into(),
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
    // A str with a lone surrogate has no UTF-8 form.
    let err = py.eval::<String>("'a\\udc80'").unwrap_err();
    assert_eq!(err.type_name(), "UnicodeEncodeError");
    assert_eq!(
        err.message(),
        "'utf-8' codec can't encode character '\\udc80' in position 1: surrogates not allowed"
    );
    assert_eq!(py.eval::<String>("'\\U0001f600'").unwrap(), "\u{1f600}");
}
