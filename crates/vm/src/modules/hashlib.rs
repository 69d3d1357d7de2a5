//! The native halves of `hashlib` (whose Python part is `py/hashlib.py`):
//! `_hashlib` with the `openssl_*` constructors, `new`, the `HASH` and
//! `HASHXOF` types and `UnsupportedDigestmodError`, and `_blake2` with the
//! `blake2b` and `blake2s` types.
//!
//! Algorithms: md5, sha1, sha224, sha256, sha384, sha512, sha512_224,
//! sha512_256, sha3_224/256/384/512, shake_128/256, blake2b and blake2s.
//! The digests come from the RustCrypto crates (`md-5`, `sha1`, `sha2`,
//! `sha3`, `blake2`): widely used, tested against the published vectors,
//! and free of unsafe code in the paths used here, which a hand-written
//! digest would not be. BLAKE2 takes `digest_size`, `key`, `salt` and
//! `person`; the tree-hashing parameters (`fanout`, `depth`, ...) are
//! range-checked as in CPython but only their sequential-mode values are
//! supported (the crate's parameter block has no others): any other value
//! is a ValueError saying so.
//!
//! Data arguments go through the buffer protocol as CPython's
//! `GET_BUFFER_VIEW_OR_ERROUT` does: any C-contiguous exporter or view;
//! str, other objects and non-contiguous views are refused with CPython's
//! messages. `usedforsecurity` is accepted and has no effect.

use crate::buffer::{BufferFault, ContiguousBuffer};
use crate::exceptions::{new_err, released_view, type_error, value_error, ExcType, PyResult};
use crate::interp::Vm;
use crate::objects::bytes::{c_int_arg, PyBytes};
use crate::objects::function::{builtin, Args};
use crate::objects::module::PyModule;
use crate::objects::native::NativeObject;
use crate::value::{TypeId, Value};
use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::digest::{Digest, ExtendableOutput, Output, Update};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub const HASH_TYPE: &str = "_hashlib.HASH";
pub const XOF_TYPE: &str = "_hashlib.HASHXOF";
pub const BLAKE2B_TYPE: &str = "_blake2.blake2b";
pub const BLAKE2S_TYPE: &str = "_blake2.blake2s";

/// A running hash computation.
trait Engine {
    fn update(&mut self, data: &[u8]);
    /// The digest of the data so far (`len` bytes of it for an XOF),
    /// leaving the state as it is.
    fn finish(&self, len: usize) -> Vec<u8>;
    fn fork(&self) -> Box<dyn Engine>;
}

/// A fixed-size digest.
struct Fixed<D>(D);

impl<D: Digest + Clone + 'static> Engine for Fixed<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn finish(&self, _: usize) -> Vec<u8> {
        self.0.clone().finalize().to_vec()
    }
    fn fork(&self) -> Box<dyn Engine> {
        Box::new(Fixed(self.0.clone()))
    }
}

/// An extendable-output function (SHAKE).
struct Xof<X>(X);

impl<X: ExtendableOutput + Update + Clone + 'static> Engine for Xof<X> {
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
    }
    fn finish(&self, len: usize) -> Vec<u8> {
        let mut out = vec![0; len];
        self.0.clone().finalize_xof_into(&mut out);
        out
    }
    fn fork(&self) -> Box<dyn Engine> {
        Box::new(Xof(self.0.clone()))
    }
}

/// BLAKE2 over the crate's core, which takes the salt, person, key
/// length and digest size; the key, zero-padded to a block, is the
/// first block of data (kept lazily, so a key alone is the last block).
macro_rules! blake2_engine {
    ($name:ident, $core:ty) => {
        #[derive(Clone)]
        struct $name {
            core: $core,
            buffer: Buffer<$core>,
            size: usize,
        }

        impl $name {
            /// The caller has checked every length against the limits.
            fn new(p: &Blake2Params) -> $name {
                let core = <$core>::new_with_params(&p.salt, &p.person, p.key.len(), p.size);
                let buffer = if p.key.is_empty() {
                    Buffer::<$core>::default()
                } else {
                    let mut block = blake2::digest::core_api::Block::<$core>::default();
                    if let Some(head) = block.get_mut(..p.key.len()) {
                        head.copy_from_slice(&p.key);
                    }
                    Buffer::<$core>::try_new(&block).unwrap_or_default()
                };
                $name {
                    core,
                    buffer,
                    size: p.size,
                }
            }
        }

        impl Engine for $name {
            fn update(&mut self, data: &[u8]) {
                let $name { core, buffer, .. } = self;
                buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
            }
            fn finish(&self, _: usize) -> Vec<u8> {
                let mut done = self.clone();
                let mut out = Output::<$core>::default();
                done.core.finalize_variable_core(&mut done.buffer, &mut out);
                out.iter().take(self.size).copied().collect()
            }
            fn fork(&self) -> Box<dyn Engine> {
                Box::new(self.clone())
            }
        }
    };
}

blake2_engine!(Blake2bEngine, blake2::Blake2bVarCore);
blake2_engine!(Blake2sEngine, blake2::Blake2sVarCore);

/// The sequential-mode parameters of a BLAKE2 hash.
struct Blake2Params {
    size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
}

impl Blake2Params {
    fn default_for(big: bool) -> Blake2Params {
        Blake2Params {
            size: if big { 64 } else { 32 },
            key: Vec::new(),
            salt: Vec::new(),
            person: Vec::new(),
        }
    }
}

/// What kind of object an algorithm's hashes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Hash,
    Xof,
    Blake2b,
    Blake2s,
    /// A hash of one of CPython's single-algorithm modules (`_md5.md5`).
    Builtin(&'static str),
}

impl Kind {
    fn type_name(self) -> &'static str {
        match self {
            Kind::Hash => HASH_TYPE,
            Kind::Xof => XOF_TYPE,
            Kind::Blake2b => BLAKE2B_TYPE,
            Kind::Blake2s => BLAKE2S_TYPE,
            Kind::Builtin(t) => t,
        }
    }
}

/// One algorithm as `_hashlib` offers it.
struct Algo {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    make: fn() -> Box<dyn Engine>,
}

fn fixed<D: Digest + Clone + 'static>() -> Box<dyn Engine> {
    Box::new(Fixed(D::new()))
}

fn xof<X: ExtendableOutput + Update + Default + Clone + 'static>() -> Box<dyn Engine> {
    Box::new(Xof(X::default()))
}

const ALGOS: &[Algo] = &[
    Algo {
        name: "md5",
        digest_size: 16,
        block_size: 64,
        make: fixed::<md5::Md5>,
    },
    Algo {
        name: "sha1",
        digest_size: 20,
        block_size: 64,
        make: fixed::<sha1::Sha1>,
    },
    Algo {
        name: "sha224",
        digest_size: 28,
        block_size: 64,
        make: fixed::<sha2::Sha224>,
    },
    Algo {
        name: "sha256",
        digest_size: 32,
        block_size: 64,
        make: fixed::<sha2::Sha256>,
    },
    Algo {
        name: "sha384",
        digest_size: 48,
        block_size: 128,
        make: fixed::<sha2::Sha384>,
    },
    Algo {
        name: "sha512",
        digest_size: 64,
        block_size: 128,
        make: fixed::<sha2::Sha512>,
    },
    Algo {
        name: "sha512_224",
        digest_size: 28,
        block_size: 128,
        make: fixed::<sha2::Sha512_224>,
    },
    Algo {
        name: "sha512_256",
        digest_size: 32,
        block_size: 128,
        make: fixed::<sha2::Sha512_256>,
    },
    Algo {
        name: "sha3_224",
        digest_size: 28,
        block_size: 144,
        make: fixed::<sha3::Sha3_224>,
    },
    Algo {
        name: "sha3_256",
        digest_size: 32,
        block_size: 136,
        make: fixed::<sha3::Sha3_256>,
    },
    Algo {
        name: "sha3_384",
        digest_size: 48,
        block_size: 104,
        make: fixed::<sha3::Sha3_384>,
    },
    Algo {
        name: "sha3_512",
        digest_size: 64,
        block_size: 72,
        make: fixed::<sha3::Sha3_512>,
    },
    Algo {
        name: "shake_128",
        digest_size: 0,
        block_size: 168,
        make: xof::<sha3::Shake128>,
    },
    Algo {
        name: "shake_256",
        digest_size: 0,
        block_size: 136,
        make: xof::<sha3::Shake256>,
    },
    // Through `_hashlib.new` these are HASH objects with the defaults.
    Algo {
        name: "blake2b",
        digest_size: 64,
        block_size: 128,
        make: || Box::new(Blake2bEngine::new(&Blake2Params::default_for(true))),
    },
    Algo {
        name: "blake2s",
        digest_size: 32,
        block_size: 64,
        make: || Box::new(Blake2sEngine::new(&Blake2Params::default_for(false))),
    },
];

/// The algorithm `_hashlib.new` finds for `name`: a Python name as
/// spelled (`sha3_256`), or, in any case, one of the OpenSSL names and
/// aliases CPython's OpenSSL build accepts (`SHA256`, `sha-256`,
/// `SHA3-256`, `shake128`, `blake2b512`...).
fn lookup(name: &str) -> Option<&'static Algo> {
    let by_name = |n: &str| ALGOS.iter().find(|a| a.name == n);
    if let Some(a) = by_name(name) {
        return Some(a);
    }
    let lower = name.to_ascii_lowercase();
    let canonical = match lower.as_str() {
        "md5" | "ssl3-md5" => "md5",
        "sha1" | "sha-1" | "ssl3-sha1" => "sha1",
        "sha224" | "sha-224" | "sha2-224" => "sha224",
        "sha256" | "sha-256" | "sha2-256" => "sha256",
        "sha384" | "sha-384" | "sha2-384" => "sha384",
        "sha512" | "sha-512" | "sha2-512" => "sha512",
        "sha512-224" | "sha512_224" | "sha-512/224" | "sha2-512/224" => "sha512_224",
        "sha512-256" | "sha512_256" | "sha-512/256" | "sha2-512/256" => "sha512_256",
        "sha3-224" => "sha3_224",
        "sha3-256" => "sha3_256",
        "sha3-384" => "sha3_384",
        "sha3-512" => "sha3_512",
        "shake128" | "shake-128" => "shake_128",
        "shake256" | "shake-256" => "shake_256",
        "blake2b512" => "blake2b",
        "blake2s256" => "blake2s",
        _ => return None,
    };
    by_name(canonical)
}

/// A hash object: `_hashlib.HASH`, `_hashlib.HASHXOF` or a `_blake2` one.
struct PyHash {
    kind: Kind,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    engine: RefCell<Box<dyn Engine>>,
}

impl std::fmt::Debug for PyHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} {}>", self.name, self.kind.type_name())
    }
}

impl PyHash {
    fn of(algo: &'static Algo, kind: Kind) -> PyHash {
        PyHash {
            kind,
            name: algo.name,
            digest_size: algo.digest_size,
            block_size: algo.block_size,
            engine: RefCell::new((algo.make)()),
        }
    }

    fn update(&self, data: &Value) -> PyResult<()> {
        with_data(data, |b| self.engine.borrow_mut().update(b))
    }

    /// The digest: `length` bytes of it for an XOF.
    fn digest(&self, vm: &mut Vm, args: &Args, method: &str) -> PyResult<Vec<u8>> {
        if self.kind != Kind::Xof {
            args.check_none(&format!("{}.{method}", self.class_name()))?;
            return Ok(self.engine.borrow().finish(self.digest_size));
        }
        let a = super::clinic_args(args, method, 0, &["length"], 1)?;
        let length = match &a[0] {
            Some(v) => crate::objects::bytes::ssize_arg(vm, v)?,
            None => 0,
        };
        // A negative length is a huge size_t to CPython's allocator.
        let length = usize::try_from(length).unwrap_or(usize::MAX);
        vm.check_alloc(length.saturating_mul(2))?;
        Ok(self.engine.borrow().finish(length))
    }

    /// The class name in method messages (`HASH.update()`).
    fn class_name(&self) -> &'static str {
        let t = self.kind.type_name();
        t.rsplit('.').next().unwrap_or(t)
    }
}

impl NativeObject for PyHash {
    fn type_name(&self) -> &'static str {
        self.kind.type_name()
    }

    fn repr(&self, addr: usize) -> String {
        match self.kind {
            Kind::Hash | Kind::Xof => {
                format!("<{} {} object @ {addr:#x}>", self.name, self.type_name())
            }
            Kind::Blake2b | Kind::Blake2s | Kind::Builtin(_) => {
                format!("<{} object at {addr:#x}>", self.type_name())
            }
        }
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let v = match name {
            "name" => Value::str(self.name),
            "digest_size" => Value::from_usize(self.digest_size),
            "block_size" => Value::from_usize(self.block_size),
            _ => return blake2_constant(self.kind.type_name(), name).map(Ok),
        };
        Some(Ok(v))
    }

    fn setattr(&self, name: &str, _v: &Value) -> Option<PyResult<()>> {
        let attribute = matches!(name, "name" | "digest_size" | "block_size");
        attribute.then(|| {
            Err(crate::exceptions::attribute_error(format!(
                "attribute '{name}' of '{}' objects is not writable",
                self.type_name()
            )))
        })
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["update", "digest", "hexdigest", "copy"]
    }

    fn call_method(
        &self,
        vm: &mut Vm,
        _this: &Rc<dyn NativeObject>,
        name: &str,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        let class = self.class_name();
        Some(match name {
            "update" => {
                // CPython names HASH for a HASHXOF's keyword error.
                let kw_class = if self.kind == Kind::Xof {
                    "HASH"
                } else {
                    class
                };
                args.no_kwargs(&format!("{kw_class}.update"))
                    .and_then(|_| args.check_one(&format!("{class}.update")))
                    .and_then(|v| self.update(v))
                    .map(|_| Value::None)
            }
            "digest" => self
                .digest(vm, args, name)
                .map(|d| Value::Bytes(Rc::new(PyBytes::new(d)))),
            "hexdigest" => self
                .digest(vm, args, name)
                .map(|d| Value::str(&crate::objects::byteops::hex(&d, None, 1))),
            "copy" => args.check_none(&format!("{class}.copy")).map(|_| {
                Value::Native(Rc::new(PyHash {
                    kind: self.kind,
                    name: self.name,
                    digest_size: self.digest_size,
                    block_size: self.block_size,
                    engine: RefCell::new(self.engine.borrow().fork()),
                }))
            }),
            _ => return None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `blake2b.MAX_DIGEST_SIZE` and the other limits, on the class and its
/// instances.
fn blake2_constant(type_name: &str, name: &str) -> Option<Value> {
    let big = match type_name {
        BLAKE2B_TYPE => true,
        BLAKE2S_TYPE => false,
        _ => return None,
    };
    let (digest, salt) = if big { (64, 16) } else { (32, 8) };
    Some(Value::Int(match name {
        "MAX_DIGEST_SIZE" | "MAX_KEY_SIZE" => digest,
        "SALT_SIZE" | "PERSON_SIZE" => salt,
        _ => return None,
    }))
}

/// Class attributes of the module's types.
pub fn type_attr(type_name: &str, name: &str) -> Option<Value> {
    blake2_constant(type_name, name)
}

/// Runs `f` over the bytes of a data argument, with CPython's errors.
fn with_data<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    let is_str = match v {
        Value::Str(_) => true,
        Value::Instance(i) => matches!(i.base, Some(Value::Str(_))),
        _ => false,
    };
    if is_str {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    let buf = ContiguousBuffer::of(v).map_err(|fault| match fault {
        BufferFault::NotBuffer => type_error("object supporting the buffer API required"),
        BufferFault::Released => released_view(),
        BufferFault::NotContiguous => crate::exceptions::not_c_contiguous(),
    })?;
    buf.with(f)
}

/// A new hash object of `algo`, fed `data` if given.
fn new_hash(
    vm: &mut Vm,
    algo: &'static Algo,
    data: &Option<Value>,
    usedforsecurity: &Option<Value>,
) -> PyResult<Value> {
    if let Some(v) = usedforsecurity {
        vm.truthy(v)?;
    }
    let kind = if algo.digest_size == 0 {
        Kind::Xof
    } else {
        Kind::Hash
    };
    let h = PyHash::of(algo, kind);
    if let Some(d) = data {
        h.update(d)?;
    }
    Ok(Value::Native(Rc::new(h)))
}

/// `openssl_NAME(string=b'', *, usedforsecurity=True)`.
fn constructor(vm: &mut Vm, args: &Args, algo: &'static Algo) -> PyResult<Value> {
    let fname = format!("openssl_{}", algo.name);
    let a = args.parse(&fname, &["string", "usedforsecurity"], 0, 0, 1)?;
    new_hash(vm, algo, &a[0], &a[1])
}

macro_rules! constructors {
    ($($f:ident => $i:expr),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            constructor(vm, args, &ALGOS[$i])
        })*
        const CONSTRUCTORS: &[(&str, fn(&mut Vm, &Args) -> PyResult<Value>)] =
            &[$((stringify!($f), $f)),*];
    };
}

constructors! {
    openssl_md5 => 0,
    openssl_sha1 => 1,
    openssl_sha224 => 2,
    openssl_sha256 => 3,
    openssl_sha384 => 4,
    openssl_sha512 => 5,
    openssl_sha3_224 => 8,
    openssl_sha3_256 => 9,
    openssl_sha3_384 => 10,
    openssl_sha3_512 => 11,
    openssl_shake_128 => 12,
    openssl_shake_256 => 13,
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse("new", &["name", "string", "usedforsecurity"], 0, 1, 2)?;
    let Some(Value::Str(name)) = &a[0] else {
        return Err(type_error("name must be a string"));
    };
    let Some(algo) = lookup(name) else {
        return Err(new_err(
            ExcType::UnsupportedDigestmodError,
            "[digital envelope routines] unsupported",
        ));
    };
    new_hash(vm, algo, &a[1], &a[2])
}

/// A C `long` argument: an int or an object with `__index__`.
fn c_long(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match super::index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::BigInt(_) => Err(crate::exceptions::overflow_error(
            "Python int too large to convert to C long",
        )),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`:
/// PBKDF2 (RFC 8018) with HMAC over the named digest, checked in
/// CPython's order (the arguments, the digest, then the counts).
fn pbkdf2_hmac(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.parse(
        "pbkdf2_hmac",
        &["hash_name", "password", "salt", "iterations", "dklen"],
        0,
        4,
        5,
    )?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => {
            return Err(crate::exceptions::bad_argument(
                "pbkdf2_hmac",
                "argument 'hash_name'",
                "str",
                v,
            ))
        }
        // Required: `parse` has refused a call without it.
        None => String::new(),
    };
    let bytes_arg = |v: &Option<Value>| -> PyResult<Vec<u8>> {
        let v = v.clone().unwrap_or(Value::None);
        let buf = ContiguousBuffer::of(&v).map_err(|fault| match fault {
            BufferFault::NotBuffer => type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.type_name()
            )),
            BufferFault::Released => released_view(),
            BufferFault::NotContiguous => crate::exceptions::not_c_contiguous(),
        })?;
        buf.with(<[u8]>::to_vec)
    };
    let password = bytes_arg(&a[1])?;
    let salt = bytes_arg(&a[2])?;
    let iterations = c_long(vm, a[3].as_ref().unwrap_or(&Value::None))?;
    let algo = lookup(&name).ok_or_else(|| {
        new_err(
            ExcType::UnsupportedDigestmodError,
            "[digital envelope routines] unsupported",
        )
    })?;
    if iterations < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    if iterations > i64::from(i32::MAX) {
        return Err(crate::exceptions::overflow_error(
            "iteration value is too great.",
        ));
    }
    if algo.digest_size == 0 {
        // OpenSSL's HMAC refuses the XOFs without saying why.
        return Err(value_error("no reason supplied"));
    }
    let dklen = match a.get(4).cloned().flatten() {
        None | Some(Value::None) => algo.digest_size as i64,
        Some(v) => c_long(vm, &v)?,
    };
    if dklen < 1 {
        return Err(value_error("key length must be greater than 0."));
    }
    if dklen > i64::from(i32::MAX) {
        return Err(crate::exceptions::overflow_error(
            "key length is too great.",
        ));
    }
    // HMAC's keyed inner and outer states, forked for every block.
    let key = if password.len() > algo.block_size {
        let mut h = (algo.make)();
        h.update(&password);
        h.finish(algo.digest_size)
    } else {
        password
    };
    let mut pad = key;
    pad.resize(algo.block_size, 0);
    let mut inner = (algo.make)();
    inner.update(&pad.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = (algo.make)();
    outer.update(&pad.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    let mac = |data: &[&[u8]]| {
        let mut i = inner.fork();
        for d in data {
            i.update(d);
        }
        let mut o = outer.fork();
        o.update(&i.finish(algo.digest_size));
        o.finish(algo.digest_size)
    };
    let dklen = dklen as usize;
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut u = mac(&[&salt, &block.to_be_bytes()]);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = mac(&[&u]);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen);
    Ok(Value::Bytes(Rc::new(PyBytes::new(out))))
}

/// `compare_digest(a, b)` (`hmac.compare_digest`): equality of two ASCII
/// strings or two bytes-like objects, taking the same time whichever
/// byte differs.
fn compare_digest(_: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_posonly("_hashlib.compare_digest", "compare_digest", 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let (x, y) = if let (Value::Str(x), Value::Str(y)) = (a, b) {
        if !x.is_ascii() || !y.is_ascii() {
            return Err(type_error(
                "comparing strings with non-ASCII characters is not supported",
            ));
        }
        (x.as_bytes().to_vec(), y.as_bytes().to_vec())
    } else {
        match (ContiguousBuffer::of(a), ContiguousBuffer::of(b)) {
            (Err(BufferFault::NotBuffer), Err(BufferFault::NotBuffer)) => {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    a.type_name(),
                    b.type_name()
                )))
            }
            (x, y) => {
                let fail = |v: &Value, fault| match fault {
                    BufferFault::NotBuffer => type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        v.type_name()
                    )),
                    BufferFault::Released => released_view(),
                    BufferFault::NotContiguous => crate::exceptions::not_c_contiguous(),
                };
                let x = x.map_err(|f| fail(a, f))?;
                let y = y.map_err(|f| fail(b, f))?;
                (x.with(<[u8]>::to_vec)?, y.with(<[u8]>::to_vec)?)
            }
        }
    };
    // Every byte is looked at, whatever the first difference.
    let mut diff = u8::from(x.len() != y.len());
    let other = if x.len() == y.len() { &y } else { &x };
    for (p, q) in x.iter().zip(other) {
        diff |= p ^ q;
    }
    Ok(Value::Bool(diff == 0))
}

pub fn openssl_module() -> Rc<PyModule> {
    let mut attrs = vec![
        ("HASH", Value::Type(TypeId::Native(HASH_TYPE))),
        ("HASHXOF", Value::Type(TypeId::Native(XOF_TYPE))),
        (
            "UnsupportedDigestmodError",
            Value::Type(TypeId::Exception(ExcType::UnsupportedDigestmodError)),
        ),
        ("new", builtin("new", Some("_hashlib"), new)),
        (
            "compare_digest",
            builtin("compare_digest", Some("_hashlib"), compare_digest),
        ),
        (
            "pbkdf2_hmac",
            builtin("pbkdf2_hmac", Some("_hashlib"), pbkdf2_hmac),
        ),
    ];
    for (name, f) in CONSTRUCTORS {
        attrs.push((name, builtin(name, Some("_hashlib"), *f)));
    }
    PyModule::new("_hashlib", attrs)
}

/// CPython's single-algorithm modules (`_md5`, `_sha1`, `_sha256`,
/// `_sha512`): each constructor makes hashes of its own type
/// (`_md5.md5`), which the module also names (`MD5Type`).
pub fn single_module(module: &str) -> Option<Rc<PyModule>> {
    let algos: &[(usize, &'static str, &'static str)] = match module {
        "_md5" => &[(0, "_md5.md5", "MD5Type")],
        "_sha1" => &[(1, "_sha1.sha1", "SHA1Type")],
        "_sha256" => &[
            (2, "_sha256.sha224", "SHA224Type"),
            (3, "_sha256.sha256", "SHA256Type"),
        ],
        "_sha512" => &[
            (4, "_sha512.sha384", "SHA384Type"),
            (5, "_sha512.sha512", ""),
        ],
        _ => return None,
    };
    let module_name: &'static str = algos[0].1.split('.').next().unwrap_or("");
    let mut attrs = Vec::new();
    for &(i, type_name, alias) in algos {
        let algo = &ALGOS[i];
        // CPython 3.11's `_sha512` names its sha384 type twice and its
        // sha512 type never.
        if type_name != "_sha512.sha512" {
            attrs.push((alias, Value::Type(TypeId::Native(type_name))));
        }
        attrs.push((
            algo.name,
            crate::objects::function::builtin_closure(
                algo.name,
                Some(module_name),
                move |vm, args| {
                    let a = args.parse(algo.name, &["string", "usedforsecurity"], 0, 0, 1)?;
                    if let Some(v) = &a[1] {
                        vm.truthy(v)?;
                    }
                    let h = PyHash::of(algo, Kind::Builtin(type_name));
                    if let Some(d) = &a[0] {
                        h.update(d)?;
                    }
                    Ok(Value::Native(Rc::new(h)))
                },
            ),
        ));
    }
    Some(PyModule::new(module_name, attrs))
}

pub fn blake2_module() -> Rc<PyModule> {
    PyModule::new(
        "_blake2",
        vec![
            ("blake2b", Value::Type(TypeId::Native(BLAKE2B_TYPE))),
            ("blake2s", Value::Type(TypeId::Native(BLAKE2S_TYPE))),
        ],
    )
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'',
/// person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
/// node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)`
/// and `blake2s` with its smaller limits.
pub fn construct_blake2(vm: &mut Vm, type_name: &str, args: &Args) -> PyResult<Value> {
    let big = type_name == BLAKE2B_TYPE;
    let (kind, fname, max_size, max_salt) = if big {
        (Kind::Blake2b, "blake2b", 64, 16)
    } else {
        (Kind::Blake2s, "blake2s", 32, 8)
    };
    const NAMES: &[&str] = &[
        "",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let a = args.parse(fname, NAMES, 1, 0, 1)?;
    let int_arg = |vm: &mut Vm, i: usize, default: i64| -> PyResult<i64> {
        match &a[i] {
            Some(v) => c_int_arg(vm, v),
            None => Ok(default),
        }
    };
    let buffer_arg = |i: usize| -> PyResult<Vec<u8>> {
        match &a[i] {
            Some(v) => ContiguousBuffer::readable(v)?.with(<[u8]>::to_vec),
            None => Ok(Vec::new()),
        }
    };
    let size = int_arg(vm, 1, max_size)?;
    let key = buffer_arg(2)?;
    let salt = buffer_arg(3)?;
    let person = buffer_arg(4)?;
    let fanout = int_arg(vm, 5, 1)?;
    let depth = int_arg(vm, 6, 1)?;
    // leaf_size and node_offset are unsigned: CPython's converter refuses
    // negative values with this message.
    let unsigned = |vm: &mut Vm, i: usize| -> PyResult<i64> {
        match &a[i] {
            Some(v) => {
                let v = crate::modules::index_value(vm, v)?;
                match crate::ops::as_bigint(&v) {
                    Some(n) if n.sign() == num_bigint::Sign::Minus => {
                        Err(value_error("value must be positive"))
                    }
                    _ => crate::objects::bytes::ssize_arg(vm, &v),
                }
            }
            None => Ok(0),
        }
    };
    let leaf_size = unsigned(vm, 7)?;
    let node_offset = unsigned(vm, 8)?;
    let node_depth = int_arg(vm, 9, 0)?;
    let inner_size = int_arg(vm, 10, 0)?;
    let last_node = match &a[11] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some(v) = &a[12] {
        vm.truthy(v)?;
    }
    if !(1..=max_size).contains(&size) {
        return Err(value_error(format!(
            "digest_size must be between 1 and {max_size} bytes"
        )));
    }
    // `ValueError: maximum salt length is 16 bytes`
    let check_len = |what: &str, v: &[u8], max: i64| -> PyResult<()> {
        if v.len() as u64 > max as u64 {
            return Err(value_error(format!("maximum {what} length is {max} bytes")));
        }
        Ok(())
    };
    check_len("salt", &salt, max_salt)?;
    check_len("person", &person, max_salt)?;
    if !(0..=255).contains(&fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    if leaf_size > u32::MAX as i64 {
        return Err(crate::exceptions::overflow_error("leaf_size is too large"));
    }
    if !big && node_offset > (1i64 << 48) - 1 {
        return Err(crate::exceptions::overflow_error(
            "node_offset is too large",
        ));
    }
    if !(0..=255).contains(&node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    if !(0..=max_size).contains(&inner_size) {
        return Err(value_error(format!(
            "inner_size must be between 0 and is {max_size}"
        )));
    }
    check_len("key", &key, max_size)?;
    let sequential = fanout == 1
        && depth == 1
        && leaf_size == 0
        && node_offset == 0
        && node_depth == 0
        && inner_size == 0
        && !last_node;
    if !sequential {
        return Err(value_error(
            "pyview's BLAKE2 supports only sequential mode (fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False)",
        ));
    }
    let p = Blake2Params {
        size: size as usize,
        key,
        salt,
        person,
    };
    let engine: Box<dyn Engine> = if big {
        Box::new(Blake2bEngine::new(&p))
    } else {
        Box::new(Blake2sEngine::new(&p))
    };
    let h = PyHash {
        kind,
        name: fname,
        digest_size: p.size,
        block_size: if big { 128 } else { 64 },
        engine: RefCell::new(engine),
    };
    if let Some(d) = &a[0] {
        h.update(d)?;
    }
    Ok(Value::Native(Rc::new(h)))
}
