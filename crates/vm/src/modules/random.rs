//! The `_random` module: the Mersenne Twister (MT19937) core that the
//! Python-source `random` builds on, as CPython writes it in C, so that a
//! seeded generator gives CPython's numbers bit for bit.
//!
//! `_random.Random` is a class (user classes derive from it, as
//! `random.Random` does) whose methods are native: `random()` (53 bits
//! from two 32-bit outputs), `seed([n])` (None: OS entropy, else the
//! 32-bit words of `abs(n)` for an int or of `hash(n)` taken unsigned for
//! anything else, through `init_by_array`), `getstate()` (625 ints: the
//! words, then the position), `setstate(state)` and `getrandbits(k)` for
//! any `k` (words filled from the least significant). Being built-ins,
//! they add no traceback frame and check their arguments with CPython's
//! messages.
//!
//! The generator lives in a hidden slot of the instance (so `vars(r)`
//! does not show it); an instance whose `__init__` never seeded it has
//! CPython's zeroed state, which yields zeros. Also here: `_urandom(n)`
//! (OS entropy, for `SystemRandom` and seeding) and `_sha512(data)`, the
//! digest that `random.seed` appends to a str or bytes seed.

use crate::exceptions::{self, c_overflow, overflow_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::class::{AttrMap, ClassSpec, PyClass, PyInstance};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::Value;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

/// Words of state, and the distance of the recurrence.
const N: usize = 624;
const M: usize = 397;
/// The instance slot holding the generator.
const SLOT: &str = "_Random__mt";
const CLASS: &str = "_random.Random";

pub fn module() -> PyResult<Rc<PyModule>> {
    let mut attrs = AttrMap::default();
    attrs.insert("__module__".into(), Value::str("_random"));
    attrs.insert(
        "__doc__".into(),
        Value::str("Random() -> create a random number generator with its own internal state."),
    );
    attrs.insert("__slots__".into(), Value::new_tuple(vec![Value::str(SLOT)]));
    for m in METHODS {
        attrs.insert(m.name.into(), Value::Native(Rc::new(Method(m))));
    }
    let class = PyClass::new(ClassSpec {
        name: "Random".into(),
        qualname: "Random".into(),
        bases: Vec::new(),
        attrs,
        metaclass: None,
    })?;
    // `__slots__` is how the class gets its hidden slot; CPython's C type
    // has no such attribute.
    class.attrs.borrow_mut().shift_remove("__slots__");
    Ok(PyModule::new(
        "_random",
        vec![
            ("Random", Value::Class(class)),
            ("_urandom", builtin("urandom", Some("posix"), urandom)),
            ("_sha512", builtin("_sha512", Some("_random"), sha512)),
        ],
    ))
}

/// The MT19937 state: `N` words and the index of the next one to temper
/// (`N` when the block must be regenerated first).
#[derive(Clone, Debug)]
struct Twister {
    mt: [u32; N],
    index: usize,
}

impl Twister {
    /// What a `_random.Random` that was never seeded holds.
    fn zeroed() -> Twister {
        Twister {
            mt: [0; N],
            index: 0,
        }
    }

    /// The reference `init_by_array`: the words filled from a fixed seed,
    /// then mixed with `key` (never empty).
    fn from_key(key: &[u32]) -> Twister {
        let mut t = Twister::zeroed();
        let mt = &mut t.mt;
        mt[0] = 19_650_218;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        t.index = N;
        t
    }

    /// Seeded with the unsigned integer `n`: its 32-bit words, least
    /// significant first (one zero word for 0).
    fn from_uint(n: &BigUint) -> Twister {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        Twister::from_key(&key)
    }

    /// The next block of `N` words.
    fn regenerate(&mut self) {
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7fff_ffff);
            let odd = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ odd;
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.mt.get(self.index).copied().unwrap_or(0);
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1): 27 bits then 26, over 2**53.
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (`k > 32`): whole words from the least
    /// significant, the last one's surplus low bits dropped.
    fn bits(&mut self, k: usize) -> BigUint {
        let words = k.div_ceil(32);
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let r = self.next_u32();
            out.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigUint::new(out)
    }
}

/// The generator of one instance, in its hidden slot.
#[derive(Debug)]
struct State(RefCell<Twister>);

impl NativeObject for State {
    fn type_name(&self) -> &'static str {
        "_random.state"
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// One method of `_random.Random`: a method descriptor that binds to
/// instances (`<method 'random' of '_random.Random' objects>`).
#[derive(Debug)]
struct Method(&'static Spec);

#[derive(Debug)]
struct Spec {
    name: &'static str,
    doc: &'static str,
    run: fn(&mut Vm, &Rc<PyInstance>, &Args) -> PyResult<Value>,
}

const METHODS: &[Spec] = &[
    Spec {
        name: "__init__",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
        run: init,
    },
    Spec {
        name: "random",
        doc: "random() -> x in the interval [0, 1).",
        run: random,
    },
    Spec {
        name: "seed",
        doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
        run: seed,
    },
    Spec {
        name: "getstate",
        doc: "getstate() -> tuple containing the current state.",
        run: getstate,
    },
    Spec {
        name: "setstate",
        doc: "setstate(state) -> None.  Restores generator state.",
        run: setstate,
    },
    Spec {
        name: "getrandbits",
        doc: "getrandbits(k) -> x.  Generates an int with k random bits.",
        run: getrandbits,
    },
];

impl NativeObject for Method {
    fn type_name(&self) -> &'static str {
        "method_descriptor"
    }

    fn repr(&self, _addr: usize) -> String {
        format!("<method '{}' of '{CLASS}' objects>", self.0.name)
    }

    fn binds(&self) -> bool {
        true
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__name__" => Value::str(self.0.name),
            "__qualname__" => Value::str(&format!("Random.{}", self.0.name)),
            "__doc__" => Value::str(self.0.doc),
            _ => return None,
        }))
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["__call__"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if name != "__call__" {
            return None;
        }
        let spec = self.0;
        let Some(first) = args.pos.first() else {
            return Some(Err(type_error(format!(
                "unbound method Random.{}() needs an argument",
                spec.name
            ))));
        };
        let this = match first {
            Value::Instance(i) if i.class().is_slot(SLOT) => i.clone(),
            other => {
                return Some(Err(type_error(format!(
                    "descriptor '{}' for '{CLASS}' objects doesn't apply to a '{}' object",
                    spec.name,
                    other.type_name()
                ))))
            }
        };
        let rest = Args {
            pos: args.pos.get(1..).unwrap_or_default().to_vec(),
            kw: args.kw.clone(),
        };
        Some((spec.run)(vm, &this, &rest))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Runs `f` over the instance's generator, made zeroed if the slot is
/// empty (or was overwritten with something else).
fn with_twister<R>(this: &PyInstance, f: impl FnOnce(&mut Twister) -> R) -> R {
    let found = this.attrs.borrow().get(SLOT).cloned();
    if let Some(Value::Native(n)) = &found {
        if let Some(s) = n.as_any().downcast_ref::<State>() {
            return f(&mut s.0.borrow_mut());
        }
    }
    let mut t = Twister::zeroed();
    let r = f(&mut t);
    store(this, t);
    r
}

fn store(this: &PyInstance, t: Twister) {
    this.attrs
        .borrow_mut()
        .insert(SLOT.into(), Value::Native(Rc::new(State(RefCell::new(t)))));
}

/// `_random.Random(x=None)`: seeds as `seed(x)`.
fn init(vm: &mut Vm, this: &Rc<PyInstance>, args: &Args) -> PyResult<Value> {
    args.no_kwargs("Random")?;
    if args.pos.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    reseed(vm, this, args.pos.first())?;
    Ok(Value::None)
}

fn random(_vm: &mut Vm, this: &Rc<PyInstance>, args: &Args) -> PyResult<Value> {
    args.check_none("Random.random")?;
    Ok(Value::Float(with_twister(this, Twister::random)))
}

fn seed(vm: &mut Vm, this: &Rc<PyInstance>, args: &Args) -> PyResult<Value> {
    args.no_kwargs("Random.seed")?;
    crate::modules::check_at_most(args, "seed", 1)?;
    reseed(vm, this, args.pos.first())?;
    Ok(Value::None)
}

/// CPython's `random_seed`: None for OS entropy (the clocks and process
/// id when there is none), an int by its absolute value (as `int.__abs__`
/// gives it, for subclasses too), anything else by its hash as unsigned.
fn reseed(vm: &mut Vm, this: &PyInstance, n: Option<&Value>) -> PyResult<()> {
    let t = match n {
        None | Some(Value::None) => {
            let mut bytes = [0u8; N * 4];
            let key: Vec<u32> = if os_entropy(&mut bytes) {
                bytes
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect()
            } else {
                clock_key(vm)
            };
            Twister::from_key(&key)
        }
        Some(v) => match crate::ops::as_bigint(crate::dispatch::plain(v)) {
            Some(i) => Twister::from_uint(i.magnitude()),
            None => {
                let h = vm.hash_value(v)?;
                Twister::from_uint(&BigUint::from(h as u64))
            }
        },
    };
    store(this, t);
    Ok(())
}

fn getstate(_vm: &mut Vm, this: &Rc<PyInstance>, args: &Args) -> PyResult<Value> {
    args.check_none("Random.getstate")?;
    let t = with_twister(this, |t| t.clone());
    let mut items: Vec<Value> = t.mt.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::from_usize(t.index));
    Ok(Value::new_tuple(items))
}

fn setstate(vm: &mut Vm, this: &Rc<PyInstance>, args: &Args) -> PyResult<Value> {
    let state = args.check_one("Random.setstate")?;
    let Value::Tuple(items) = crate::dispatch::plain(state) else {
        return Err(type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut t = Twister::zeroed();
    for (w, v) in t.mt.iter_mut().zip(items.iter()) {
        *w = state_word(v)?;
    }
    let last = items.get(N).cloned().unwrap_or(Value::None);
    let index = match crate::modules::index_value(vm, &last)? {
        Value::BigInt(_) => return Err(c_overflow("long")),
        i => crate::ops::index_i64(&i)?,
    };
    t.index = usize::try_from(index)
        .ok()
        .filter(|i| *i <= N)
        .ok_or_else(|| value_error("invalid state"))?;
    store(this, t);
    Ok(Value::None)
}

/// One word of a state vector, read as C's `PyLong_AsUnsignedLong` reads
/// it (ints only, below 2**64) and cut to 32 bits.
fn state_word(v: &Value) -> PyResult<u32> {
    let Some(i) = crate::ops::as_bigint(crate::dispatch::plain(v)) else {
        return Err(type_error("an integer is required"));
    };
    if i.is_negative() {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    let wide = i.to_u64().ok_or_else(|| c_overflow("unsigned long"))?;
    Ok(wide as u32)
}

fn getrandbits(vm: &mut Vm, this: &Rc<PyInstance>, args: &Args) -> PyResult<Value> {
    let k = args.check_one("Random.getrandbits")?;
    let k = match crate::modules::index_value(vm, k)? {
        Value::BigInt(_) => return Err(c_overflow("int")),
        k => crate::ops::index_i64(&k)?,
    };
    let k = i32::try_from(k).map_err(|_| c_overflow("int"))?;
    let k = usize::try_from(k).map_err(|_| value_error("number of bits must be non-negative"))?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int(i64::from(with_twister(this, |t| {
            t.next_u32() >> (32 - k)
        }))));
    }
    vm.check_alloc(k.div_ceil(32) * 4)?;
    let n = with_twister(this, |t| t.bits(k));
    Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, n)))
}

/// Fills `buf` from the OS's entropy source (no file is opened: scripts
/// still cannot reach the file system); `false` when there is none.
fn os_entropy(buf: &mut [u8]) -> bool {
    getrandom::fill(buf).is_ok()
}

/// The fallback seed: the wall clock, the process id and a monotonic
/// clock, as CPython's `random_seed_time_pid`.
fn clock_key(vm: &Vm) -> Vec<u32> {
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mono = vm.started.elapsed().as_nanos() as u64;
    vec![
        wall as u32,
        (wall >> 32) as u32,
        std::process::id(),
        mono as u32,
        (mono >> 32) as u32,
    ]
}

/// `os.urandom(n)`.
pub(crate) fn urandom(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = args.check_one("urandom")?;
    let n = crate::ops::index_i64(&crate::modules::index_value(vm, n)?)?;
    let n = usize::try_from(n).map_err(|_| value_error("negative argument not allowed"))?;
    vm.check_alloc(n)?;
    let mut buf = vec![0u8; n];
    if !os_entropy(&mut buf) {
        return Err(exceptions::new_err(
            exceptions::ExcType::OSError,
            "no source of OS entropy",
        ));
    }
    Ok(crate::objects::bytes::new_value(buf))
}

/// The SHA-512 digest of bytes or a bytearray. (The `sha2` crate rather
/// than a digest of our own: version 2 seeding needs exactly this hash.)
fn sha512(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use sha2::Digest;
    let data = args.check_one("_sha512")?;
    let digest = match data {
        Value::Bytes(b) => sha2::Sha512::digest(&b.data),
        Value::ByteArray(b) => sha2::Sha512::digest(&*b.data.borrow()),
        other => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            )))
        }
    };
    Ok(crate::objects::bytes::new_value(digest.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published first outputs for
    /// `init_by_array({0x123, 0x234, 0x345, 0x456})`.
    #[test]
    fn matches_reference_outputs() {
        let mut t = Twister::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| t.next_u32()).collect();
        assert_eq!(
            first,
            [
                1_067_595_299,
                955_945_823,
                477_289_528,
                4_107_218_783,
                4_228_976_476
            ]
        );
    }

    /// `random.seed(0); random.random()` in CPython.
    #[test]
    fn random_of_seed_zero() {
        let mut t = Twister::from_uint(&BigUint::from(0u32));
        assert_eq!(t.random(), 0.8444218515250481);
    }
}
