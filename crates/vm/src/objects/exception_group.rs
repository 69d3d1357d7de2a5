//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with
//! CPython's checks and messages, `message`, `exceptions`, `split`,
//! `subgroup`, `derive`, `str()`, and the matching and re-raising rules
//! of `except*` (which `except_star` runs).
//!
//! A group is a `PyException` of a group type whose `group` cell holds its
//! message and member tuple; `args` stay what the constructor was given
//! (so `repr` shows them as CPython does). `BaseExceptionGroup(...)`
//! returns an `ExceptionGroup` when every member is an `Exception`;
//! `ExceptionGroup` refuses other members, and so does a user subclass of
//! `Exception`. `split`/`subgroup` keep the nesting: every partly matched
//! group becomes a new group made by its `derive` method (a subclass's
//! override included), carrying the original's traceback, cause, context
//! and a copy of its notes; a fully matched group is kept as it is.
//!
//! Invariants: a group has at least one member, every member is an
//! exception, and `parts` is set once, when the group is made. Freeing a
//! deeply nested group goes through the trashcan (see `nested`), so no
//! nesting overflows the stack; walks over members count against the
//! recursion limit, as CPython's do.
//!
//! Not done: a `split` method overridden by a subclass is not called by
//! `except*` (the built-in one is), and `__notes__` given by the class
//! rather than the instance is not copied to derived groups.

use crate::exceptions::{self, type_error, value_error, ExcType, PyException, PyResult};
use crate::interp::Vm;
use crate::objects::class::PyClass;
use crate::objects::function::{closure, Args};
use crate::value::{TypeId, Value};
use std::collections::HashSet;
use std::rc::Rc;

/// What makes an exception a group: its message (a str) and members.
#[derive(Debug)]
pub struct GroupParts {
    pub message: Value,
    /// The members, all `Value::Exception`, as the `exceptions` tuple.
    pub exceptions: Rc<[Value]>,
}

impl Drop for GroupParts {
    fn drop(&mut self) {
        // The last reference to the members: they go through the
        // trashcan, so that freeing a deep nesting of groups cannot
        // overflow the stack.
        if let Some(items) = Rc::get_mut(&mut self.exceptions) {
            let members: Vec<Value> = items
                .iter_mut()
                .map(|v| std::mem::replace(v, Value::None))
                .collect();
            crate::nested::dispose_values(members);
        }
    }
}

/// `catching ExceptionGroup with except* is not allowed. Use except instead.`
pub const EXCEPT_STAR_GROUP: &str =
    "catching ExceptionGroup with except* is not allowed. Use except instead.";

/// `TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)`
fn arg_count(given: usize) -> Box<crate::PyErr> {
    type_error(format!(
        "BaseExceptionGroup.__new__() takes exactly 2 arguments ({given} given)"
    ))
}

/// `TypeError: second argument (exceptions) must be a sequence`
fn not_a_sequence() -> Box<crate::PyErr> {
    type_error("second argument (exceptions) must be a sequence")
}

/// `ValueError: second argument (exceptions) must be a non-empty sequence`
fn empty_sequence() -> Box<crate::PyErr> {
    value_error("second argument (exceptions) must be a non-empty sequence")
}

/// `ValueError: Item 1 of second argument (exceptions) is not an exception`
fn not_an_exception(i: usize) -> Box<crate::PyErr> {
    value_error(format!(
        "Item {i} of second argument (exceptions) is not an exception"
    ))
}

/// `TypeError: Cannot nest BaseExceptions in an ExceptionGroup`, or in a
/// user subclass of Exception: `... in 'MyGroup'`.
fn cannot_nest(class: Option<&PyClass>) -> Box<crate::PyErr> {
    type_error(match class {
        None => "Cannot nest BaseExceptions in an ExceptionGroup".to_string(),
        Some(c) => format!("Cannot nest BaseExceptions in '{}'", c.name()),
    })
}

/// `TypeError: expected a function, exception type or tuple of exception types`
fn bad_matcher() -> Box<crate::PyErr> {
    type_error("expected a function, exception type or tuple of exception types")
}

/// `TypeError: derive must return an instance of BaseExceptionGroup`
fn bad_derive() -> Box<crate::PyErr> {
    type_error("derive must return an instance of BaseExceptionGroup")
}

/// The message and members of `e`, if it is a group.
pub fn parts(e: &PyException) -> Option<&GroupParts> {
    e.group.get()
}

pub fn is_group_type(t: ExcType) -> bool {
    t.is_subclass(ExcType::BaseExceptionGroup)
}

/// The members of a group as exceptions.
fn members(parts: &GroupParts) -> impl Iterator<Item = &Rc<PyException>> {
    parts.exceptions.iter().filter_map(|v| match v {
        Value::Exception(e) => Some(e),
        _ => None,
    })
}

/// Whether `v` passes CPython's `PySequence_Check`: a sequence type, or
/// a class with `__getitem__` that is not a mapping built on dict.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::MemoryView(_)
        | Value::Array(_) => true,
        Value::Instance(i) => match &i.base {
            Some(Value::Dict(_)) => false,
            Some(b) if is_sequence(b) => true,
            _ => i.class().lookup("__getitem__").is_some(),
        },
        Value::Native(n) => n.type_name() == "collections.deque",
        _ => false,
    }
}

/// Makes an instance of the exception type `typ` (of the user class
/// `class`, when given) from `args`, as `typ.__new__` does: groups are
/// checked and filled in, other exceptions just hold their arguments.
pub fn instantiate(
    vm: &mut Vm,
    typ: ExcType,
    class: Option<Rc<PyClass>>,
    args: &[Value],
) -> PyResult<Rc<PyException>> {
    if is_group_type(typ) {
        new_group(vm, typ, class, args)
    } else if class.is_some() {
        let e = PyException::with_class(typ, class, args.to_vec());
        crate::exceptions::syntax_fields_unset(&e);
        Ok(e)
    } else {
        Ok(PyException::construct(typ, args.to_vec()))
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn new_group(
    vm: &mut Vm,
    typ: ExcType,
    class: Option<Rc<PyClass>>,
    args: &[Value],
) -> PyResult<Rc<PyException>> {
    let [message, excs] = args else {
        return Err(arg_count(args.len()));
    };
    if !matches!(crate::dispatch::plain(message), Value::Str(_)) {
        return Err(exceptions::bad_argument(
            "BaseExceptionGroup.__new__",
            "argument 1",
            "str",
            message,
        ));
    }
    if !is_sequence(excs) {
        return Err(not_a_sequence());
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return Err(empty_sequence());
    }
    let mut nests_base = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Exception(e) => nests_base |= !e.typ.is_subclass(ExcType::Exception),
            _ => return Err(not_an_exception(i)),
        }
    }
    let typ = match (&class, typ) {
        (None, ExcType::BaseExceptionGroup) if !nests_base => ExcType::ExceptionGroup,
        (None, ExcType::ExceptionGroup) if nests_base => return Err(cannot_nest(None)),
        (Some(c), t) if nests_base && t.is_subclass(ExcType::Exception) => {
            return Err(cannot_nest(Some(c)))
        }
        (_, t) => t,
    };
    let e = PyException::with_class(typ, class, args.to_vec());
    let _ = e.group.set(GroupParts {
        message: message.clone(),
        exceptions: items.into(),
    });
    Ok(e)
}

/// `BaseExceptionGroup(message, exceptions)`: a group of the built-in
/// types, as `derive` and `except*` make them.
fn make(vm: &mut Vm, message: Value, excs: Value) -> PyResult<Rc<PyException>> {
    new_group(vm, ExcType::BaseExceptionGroup, None, &[message, excs])
}

/// `str()` of a group: `message (2 sub-exceptions)`.
pub fn message(e: &PyException) -> Option<String> {
    let p = parts(e)?;
    let n = p.exceptions.len();
    Some(format!(
        "{} ({n} sub-exception{})",
        crate::ops::str_simple(crate::dispatch::plain(&p.message)),
        if n > 1 { "s" } else { "" }
    ))
}

/// The attributes a group adds to an exception's: `message`,
/// `exceptions` and the methods `split`, `subgroup` and `derive`.
pub fn attr(e: &Rc<PyException>, name: &str) -> Option<Value> {
    let p = parts(e)?;
    Some(match name {
        "message" => p.message.clone(),
        "exceptions" => Value::Tuple(p.exceptions.clone()),
        "split" | "subgroup" | "derive" => bound_method(e.clone(), name),
        _ => return None,
    })
}

/// Whether `name` is one of a group's read-only fields.
pub fn is_readonly(e: &PyException, name: &str) -> bool {
    parts(e).is_some() && matches!(name, "message" | "exceptions")
}

fn bound_method(e: Rc<PyException>, name: &str) -> Value {
    let name: Rc<str> = name.into();
    closure(&name.clone(), move |vm, args| call(vm, &e, &name, args))
}

/// `BaseExceptionGroup.split` and kin, unbound: they check their receiver.
pub fn type_method(t: ExcType, name: &str) -> Option<Value> {
    if !is_group_type(t) || !matches!(name, "split" | "subgroup" | "derive") {
        return None;
    }
    let n: Rc<str> = name.into();
    let func = closure(name, {
        let n = n.clone();
        move |vm, args| {
            let Some(this) = args.pos.first() else {
                return Err(type_error(format!(
                    "unbound method BaseExceptionGroup.{n}() needs an argument"
                )));
            };
            match this {
                Value::Exception(e) if parts(e).is_some() => {
                    let rest = Args {
                        pos: args.pos[1..].to_vec(),
                        kw: args.kw.clone(),
                    };
                    call(vm, &e.clone(), &n, &rest)
                }
                other => Err(type_error(format!(
                    "descriptor '{n}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
                    other.type_name()
                ))),
            }
        }
    });
    Some(Value::Wrapper(Rc::new(
        crate::objects::descriptor::Wrapper::Method {
            owner: TypeId::Exception(ExcType::BaseExceptionGroup),
            name: n,
            func,
        },
    )))
}

/// Calls the group method `name` on `e`.
fn call(vm: &mut Vm, e: &Rc<PyException>, name: &str, args: &Args) -> PyResult<Value> {
    args.no_kwargs(&format!("BaseExceptionGroup.{name}"))?;
    if name == "derive" {
        let [excs] = &args.pos[..] else {
            return Err(type_error(format!(
                "function takes exactly 1 argument ({} given)",
                args.pos.len()
            )));
        };
        let message = parts(e).map_or(Value::None, |p| p.message.clone());
        return Ok(Value::Exception(make(vm, message, excs.clone())?));
    }
    let [matcher] = &args.pos[..] else {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            args.pos.len()
        )));
    };
    let matcher = Matcher::of(matcher)?;
    let rest = name == "split";
    let (matched, unmatched) = split(vm, e, &matcher, rest)?;
    let value = |x: Option<Rc<PyException>>| x.map_or(Value::None, Value::Exception);
    Ok(if rest {
        Value::new_tuple(vec![value(matched), value(unmatched)])
    } else {
        value(matched)
    })
}

/// What `split` tests each exception with.
pub enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A Python function returning whether the exception matches.
    Predicate(Value),
    /// The leaf exceptions (by identity) to keep: `except*` rebuilding
    /// what its handlers re-raised.
    Leaves(HashSet<*const PyException>),
}

impl Matcher {
    fn of(v: &Value) -> PyResult<Matcher> {
        let is_class = |v: &Value| match v {
            Value::Type(TypeId::Exception(_)) => true,
            Value::Class(c) => c.exception_base().is_some(),
            _ => false,
        };
        match v {
            Value::Function(_) => Ok(Matcher::Predicate(v.clone())),
            _ if is_class(v) => Ok(Matcher::Type(v.clone())),
            Value::Tuple(items) if items.iter().all(is_class) => Ok(Matcher::Type(v.clone())),
            _ => Err(bad_matcher()),
        }
    }

    fn matches(&self, vm: &mut Vm, e: &Rc<PyException>) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => vm.exception_matches_pub(e, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, Args::new(vec![Value::Exception(e.clone())]))?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(ids.contains(&Rc::as_ptr(e))),
        }
    }
}

/// The parts of `e` that match and (when `rest`) those that do not, each
/// `None` when empty. A match of `e` itself keeps `e`; a group matched in
/// part becomes one derived from it for each side.
pub fn split(
    vm: &mut Vm,
    e: &Rc<PyException>,
    matcher: &Matcher,
    rest: bool,
) -> PyResult<(Option<Rc<PyException>>, Option<Rc<PyException>>)> {
    if matcher.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some(p) = parts(e) else {
        return Ok((None, rest.then(|| e.clone())));
    };
    let mut matched = Vec::new();
    let mut unmatched = Vec::new();
    // A predicate's call reaches the recursion limit first, as in CPython.
    let context = match matcher {
        Matcher::Predicate(_) => "",
        _ => " in exceptiongroup_split_recursive",
    };
    for m in members(p) {
        let (a, b) = vm.nested(context, |vm| split(vm, m, matcher, rest))?;
        matched.extend(a.map(Value::Exception));
        unmatched.extend(b.map(Value::Exception));
    }
    let matched = subset(vm, e, matched)?;
    let unmatched = if rest {
        subset(vm, e, unmatched)?
    } else {
        None
    };
    Ok((matched, unmatched))
}

/// A group of `excs` derived from `orig` with `orig.derive`, given
/// `orig`'s traceback, cause, context and a copy of its notes; `None`
/// when `excs` is empty.
fn subset(
    vm: &mut Vm,
    orig: &Rc<PyException>,
    excs: Vec<Value>,
) -> PyResult<Option<Rc<PyException>>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derived = vm.call_method(
        &Value::Exception(orig.clone()),
        "derive",
        Args::new(vec![Value::new_list(excs)]),
    )?;
    let eg = match &derived {
        Value::Exception(eg) if eg.typ.is_subclass(ExcType::BaseExceptionGroup) => eg.clone(),
        _ => return Err(bad_derive()),
    };
    let tb = orig.traceback.borrow().clone();
    if !tb.is_empty() {
        *eg.traceback.borrow_mut() = tb;
    }
    *eg.context.borrow_mut() = orig.context.borrow().clone();
    *eg.cause.borrow_mut() = orig.cause.borrow().clone();
    eg.suppress_context.set(true);
    let notes = orig.attrs.borrow().get("__notes__").cloned();
    if let Some(notes) = notes.filter(is_sequence) {
        let copy = Value::new_list(vm.collect(&notes)?);
        eg.attrs.borrow_mut().insert("__notes__".into(), copy);
    }
    Ok(Some(eg))
}

/// `except* T`: checks that `T` is an exception class (or a tuple of
/// them) and not a group class, as CPython does for every clause, even
/// once nothing is left to match.
pub fn check_except_star_type(vm: &mut Vm, kind: &Value) -> PyResult<()> {
    // The plain `except` check first, on a throwaway exception.
    let probe = PyException::new(ExcType::BaseException, vec![]);
    vm.exception_matches_pub(&probe, kind)?;
    let is_group_class = |v: &Value| match v {
        Value::Type(TypeId::Exception(t)) => is_group_type(*t),
        Value::Class(c) => c.exception_base().is_some_and(is_group_type),
        _ => false,
    };
    let group = match kind {
        Value::Tuple(items) => items.iter().any(is_group_class),
        k => is_group_class(k),
    };
    if group {
        return Err(type_error(EXCEPT_STAR_GROUP));
    }
    Ok(())
}

/// One `except*` clause's match of what is left of the raised exception:
/// (the part to handle, what is left after it), or `None` when nothing
/// matches (and the exception stays as it was). A matching exception that
/// is not a group is handled wrapped in `ExceptionGroup('', (exc,))`.
pub fn match_clause(
    vm: &mut Vm,
    exc: &Rc<PyException>,
    kind: &Value,
) -> PyResult<Option<(Rc<PyException>, Option<Rc<PyException>>)>> {
    if vm.exception_matches_pub(exc, kind)? {
        if parts(exc).is_some() {
            return Ok(Some((exc.clone(), None)));
        }
        let members = Value::new_tuple(vec![Value::Exception(exc.clone())]);
        return Ok(Some((make(vm, Value::str(""), members)?, None)));
    }
    if parts(exc).is_none() {
        return Ok(None);
    }
    match split(vm, exc, &Matcher::Type(kind.clone()), true)? {
        (Some(m), rest) => Ok(Some((m, rest))),
        (None, _) => Ok(None),
    }
}

/// What leaves a `try`/`except*`, from the exception originally raised
/// and, in order, what its handlers raised paired with whether it was a
/// re-raise of what the handler got (`raise` alone), and last the part no
/// handler matched (a re-raise too). Re-raised parts are put back
/// together as a group shaped like the original (`orig` itself when the
/// exception was not a group); newly raised exceptions join them in an
/// `ExceptionGroup('', [...])`, or leave alone when they are all there is.
pub fn reraise(
    vm: &mut Vm,
    orig: &Rc<PyException>,
    raised: Vec<(Rc<PyException>, bool)>,
) -> PyResult<Option<Rc<PyException>>> {
    if parts(orig).is_none() {
        // A lone exception was matched (wrapped) by one clause at most.
        return Ok(raised.into_iter().next().map(|(e, _)| e));
    }
    let mut keep = HashSet::new();
    let mut new = Vec::new();
    for (e, reraised) in raised {
        if reraised {
            collect_leaves(&e, &mut keep);
        } else {
            new.push(e);
        }
    }
    let kept = if keep.is_empty() {
        None
    } else {
        split(vm, orig, &Matcher::Leaves(keep), false)?.0
    };
    if new.is_empty() {
        return Ok(kept);
    }
    new.extend(kept);
    if new.len() == 1 {
        return Ok(new.pop());
    }
    let members = new.into_iter().map(Value::Exception).collect();
    make(vm, Value::str(""), Value::new_list(members)).map(Some)
}

/// The identities of the leaf (non-group) exceptions inside `e`.
fn collect_leaves(e: &Rc<PyException>, out: &mut HashSet<*const PyException>) {
    let mut todo = vec![e.clone()];
    while let Some(e) = todo.pop() {
        match parts(&e) {
            Some(p) => todo.extend(members(p).cloned()),
            None => {
                out.insert(Rc::as_ptr(&e));
            }
        }
    }
}
