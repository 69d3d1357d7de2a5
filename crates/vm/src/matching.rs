//! Structural pattern matching (`match` statements, PEP 634).

use crate::exceptions::{type_error, ExcType, PyResult};
use crate::interp::{const_value, Flow, Frame, Vm};
use crate::value::{TypeId, Value};
use pyview_syntax::ir::{self, MatchCase, Pattern};
use std::rc::Rc;

impl Vm {
    pub(crate) fn exec_match(
        &mut self,
        f: &mut Frame,
        subject: &ir::Expr,
        cases: &[MatchCase],
    ) -> PyResult<Flow> {
        let v = self.eval(f, subject)?;
        for case in cases {
            if !self.match_pattern(f, &case.pattern, &v)? {
                continue;
            }
            if let Some(g) = &case.guard {
                let t = self.eval(f, g)?;
                if !self.truthy(&t)? {
                    continue;
                }
            }
            return self.exec_block(f, &case.body);
        }
        Ok(Flow::Normal)
    }

    pub(crate) fn match_pattern(
        &mut self,
        f: &mut Frame,
        p: &Pattern,
        v: &Value,
    ) -> PyResult<bool> {
        Ok(match p {
            Pattern::Value(e) => {
                let want = self.eval(f, e)?;
                self.compare(ir::CmpOp::Eq, v, &want)?
            }
            Pattern::Singleton(c) => v.is(&const_value(c)),
            Pattern::As(inner, name) => {
                if let Some(inner) = inner {
                    if !self.match_pattern(f, inner, v)? {
                        return Ok(false);
                    }
                }
                if let Some(n) = name {
                    self.store_pub(f, *n, v.clone())?;
                }
                true
            }
            Pattern::Or(alts) => {
                for a in alts {
                    if self.match_pattern(f, a, v)? {
                        return Ok(true);
                    }
                }
                false
            }
            Pattern::Star(_) => false,
            Pattern::Sequence(items, star) => {
                // Subclasses of list and tuple are sequences too.
                let seq = match crate::dispatch::plain(v) {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => t.to_vec(),
                    Value::Range(_) | Value::MemoryView(_) | Value::Array(_) => self.collect(v)?,
                    Value::DictView(_) => return Ok(false),
                    _ => return Ok(false),
                };
                match star {
                    None => {
                        if seq.len() != items.len() {
                            return Ok(false);
                        }
                        for (p, item) in items.iter().zip(&seq) {
                            if !self.match_pattern(f, p, item)? {
                                return Ok(false);
                            }
                        }
                        true
                    }
                    Some(s) => {
                        let after = items.len() - s - 1;
                        if seq.len() < items.len() - 1 {
                            return Ok(false);
                        }
                        for (p, item) in items[..*s].iter().zip(&seq) {
                            if !self.match_pattern(f, p, item)? {
                                return Ok(false);
                            }
                        }
                        let tail = &seq[seq.len() - after..];
                        for (p, item) in items[s + 1..].iter().zip(tail) {
                            if !self.match_pattern(f, p, item)? {
                                return Ok(false);
                            }
                        }
                        if let Pattern::Star(Some(n)) = &items[*s] {
                            let rest = seq[*s..seq.len() - after].to_vec();
                            self.store_pub(f, *n, Value::new_list(rest))?;
                        }
                        true
                    }
                }
            }
            Pattern::Mapping(keys, pats, rest) => {
                let Value::Dict(d) = crate::dispatch::plain(v) else {
                    return Ok(false);
                };
                let mut used = Vec::new();
                for (k, p) in keys.iter().zip(pats) {
                    let key = self.eval(f, k)?;
                    let Some(item) = d.get(&key)? else {
                        return Ok(false);
                    };
                    if !self.match_pattern(f, p, &item)? {
                        return Ok(false);
                    }
                    used.push(key);
                }
                if let Some(r) = rest {
                    let out = crate::objects::dict::PyDict::default();
                    for (k, val) in d.map.borrow().iter() {
                        if !used.iter().any(|u| crate::ops::eq_simple(u, &k.value)) {
                            out.map.borrow_mut().insert(k.clone(), val.clone());
                        }
                    }
                    self.store_pub(f, *r, Value::Dict(Rc::new(out)))?;
                }
                true
            }
            Pattern::Class(cls, pos, kw, span) => {
                self.match_class(f, cls, pos, kw, v).map_err(|mut e| {
                    e.loc.get_or_insert(*span);
                    e
                })?
            }
        })
    }
    /// A class pattern: an instance check, then its sub-patterns against
    /// the `__match_args__` attributes and the named ones.
    fn match_class(
        &mut self,
        f: &mut Frame,
        cls: &ir::Expr,
        pos: &[Pattern],
        kw: &[(Rc<str>, Pattern)],
        v: &Value,
    ) -> PyResult<bool> {
        let c = self.eval(f, cls)?;
        if !matches!(c, Value::Type(_) | Value::Class(_)) {
            return Err(type_error("called match pattern must be a type"));
        }
        if !self.is_instance(v, &c) {
            return Ok(false);
        }
        // Every attribute is fetched (a repeated one refused) before any
        // sub-pattern is tried, as CPython's MATCH_CLASS does.
        let mut items: Vec<(&Pattern, Value)> = Vec::with_capacity(pos.len() + kw.len());
        let mut seen: Vec<Rc<str>> = Vec::new();
        if !pos.is_empty() {
            let match_args = match &c {
                Value::Class(k) => k.lookup("__match_args__"),
                _ => None,
            };
            // Built-in value types match a positional pattern against
            // the subject itself; their subclasses inherit this when
            // they define no `__match_args__`.
            let base = match &c {
                Value::Type(t) => Some(*t),
                Value::Class(k) => Some(k.builtin_base),
                _ => None,
            };
            let self_matching = match_args.is_none()
                && matches!(
                    base,
                    Some(
                        TypeId::Bool
                            | TypeId::ByteArray
                            | TypeId::Bytes
                            | TypeId::Dict
                            | TypeId::Float
                            | TypeId::FrozenSet
                            | TypeId::Int
                            | TypeId::List
                            | TypeId::Set
                            | TypeId::Str
                            | TypeId::Tuple
                    )
                );
            if self_matching {
                if pos.len() > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        c_name(&c),
                        pos.len()
                    )));
                }
                items.push((&pos[0], v.clone()));
            } else {
                let names = match &match_args {
                    Some(Value::Tuple(t)) => t.to_vec(),
                    Some(other) => {
                        return Err(type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            c_name(&c),
                            other.type_name()
                        )))
                    }
                    None => Vec::new(),
                };
                if pos.len() > names.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        c_name(&c),
                        names.len(),
                        if names.len() == 1 { "" } else { "s" },
                        pos.len()
                    )));
                }
                for (p, n) in pos.iter().zip(&names) {
                    let Value::Str(attr) = n else {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            n.type_name()
                        )));
                    };
                    match self.match_attr(&c, v, attr, &mut seen)? {
                        Some(item) => items.push((p, item)),
                        None => return Ok(false),
                    }
                }
            }
        }
        for (name, p) in kw {
            match self.match_attr(&c, v, name, &mut seen)? {
                Some(item) => items.push((p, item)),
                None => return Ok(false),
            }
        }
        for (p, item) in items {
            if !self.match_pattern(f, p, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

impl Vm {
    /// Attribute `name` of a class pattern's subject; `None` (no match)
    /// when it has none. Naming one attribute twice is a TypeError.
    fn match_attr(
        &mut self,
        c: &Value,
        v: &Value,
        name: &Rc<str>,
        seen: &mut Vec<Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.contains(name) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                c_name(c),
                crate::objects::str::repr(name)
            )));
        }
        seen.push(name.clone());
        match self.getattr(v, name) {
            Ok(item) => Ok(Some(item)),
            Err(e) if e.exc.typ == ExcType::AttributeError => Ok(None),
            Err(e) => Err(e),
        }
    }
}

fn c_name(c: &Value) -> String {
    match c {
        Value::Class(k) => k.name().to_string(),
        Value::Type(t) => t.short_name().to_string(),
        _ => String::new(),
    }
}
