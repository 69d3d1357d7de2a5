//! Property test of the buffer types against CPython 3.11: generates
//! random programs of operations on bytearray, bytes, memoryview and
//! array.array (indexing, slicing with steps, item and slice assignment,
//! casts, releases, resize attempts while exported, tolist/tobytes, ...),
//! each operation wrapped so that an exception prints
//! `type(e).__name__, e`, runs them through pyview in-process and through
//! python3, and asserts identical output.
//!
//! `cargo test` runs 40 programs; set `PYVIEW_PROPTEST_CASES` for more and
//! `PYVIEW_PROPTEST_SEED` to start from another seed (a failure names the
//! seed that reproduces it); `PYVIEW_PROPTEST_DUMP=DIR` writes each
//! failing program to `DIR/seed_N.py`. Skips when python3 is not CPython 3.11,
//! except on CI (`CI=true`), where that is a failure.

mod common;

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// SplitMix64: small, seedable, good enough to pick operations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const VIEWS: &[&str] = &["v0", "v1", "v2", "v3", "v4", "v5"];
const EXPORTERS: &[&str] = &["ba", "ba2", "b0", "ar", "ar2"];
const TYPECODES: &[&str] = &[
    "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "u",
];
const FORMATS: &[&str] = &[
    "B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "P", "@B",
    "@i", "e", "x", "<i", "",
];

/// A generated line: an expression to print or a statement to run.
enum Line {
    E(String),
    S(String),
}

struct Gen {
    rng: Rng,
    out: String,
    n: usize,
}

impl Gen {
    fn view(&mut self) -> &'static str {
        self.rng.pick(VIEWS)
    }

    fn int(&mut self) -> String {
        match self.rng.below(12) {
            0 => self
                .rng
                .pick(&["2**70", "-2**70", "True", "False"])
                .to_string(),
            1 => self.rng.pick(&["1.5", "'x'", "None", "b'a'"]).to_string(),
            _ => self.rng.range(-6, 9).to_string(),
        }
    }

    fn small(&mut self) -> String {
        match self.rng.below(10) {
            0 => "None".into(),
            _ => self.rng.range(-7, 9).to_string(),
        }
    }

    fn slice(&mut self) -> String {
        let start = if self.rng.chance(40) {
            String::new()
        } else {
            self.small()
        };
        let stop = if self.rng.chance(40) {
            String::new()
        } else {
            self.small()
        };
        match self.rng.below(8) {
            0..=2 => format!("{start}:{stop}"),
            3 => format!("{start}:{stop}:0"),
            _ => {
                let step = self.rng.pick(&["1", "2", "3", "-1", "-2", "-3", "None"]);
                format!("{start}:{stop}:{step}")
            }
        }
    }

    fn value(&mut self) -> String {
        let choices: &[&str] = &[
            "0",
            "1",
            "-1",
            "127",
            "128",
            "-128",
            "-129",
            "255",
            "256",
            "32767",
            "32768",
            "-32769",
            "65535",
            "65536",
            "2**31",
            "-2**31-1",
            "2**32",
            "2**63-1",
            "2**63",
            "2**64",
            "-2**63-1",
            "1.5",
            "-0.0",
            "1e300",
            "float('nan')",
            "float('inf')",
            "True",
            "False",
            "b'a'",
            "b'ab'",
            "b''",
            "bytearray(b'z')",
            "'a'",
            "'ab'",
            "None",
            "[]",
            "2**1100",
        ];
        self.rng.pick(choices).to_string()
    }

    fn bytes_lit(&mut self) -> String {
        let len = self.rng.below(10);
        let mut s = String::from("b'");
        for _ in 0..len {
            let _ = write!(s, "\\x{:02x}", self.rng.below(256));
        }
        s.push('\'');
        s
    }

    fn source(&mut self) -> String {
        match self.rng.below(7) {
            0 | 1 => self.bytes_lit(),
            2 => format!("bytearray({})", self.bytes_lit()),
            3 => self.view().to_string(),
            4 => format!("{}[{}]", self.view(), self.slice()),
            5 => self.rng.pick(EXPORTERS).to_string(),
            _ => self.rng.pick(&["[1, 2]", "'ab'", "None", "3"]).to_string(),
        }
    }

    fn array_lit(&mut self) -> String {
        let tc = self.rng.pick(TYPECODES);
        let len = self.rng.below(7);
        if tc == "u" {
            let s: String = (0..len)
                .map(|_| (b'a' + self.rng.below(26) as u8) as char)
                .collect();
            return format!("array.array('u', '{s}')");
        }
        let float = tc == "f" || tc == "d";
        let items: Vec<String> = (0..len)
            .map(|_| {
                let v = self.rng.range(0, 100);
                if float {
                    format!("{}.5", v - 50)
                } else {
                    v.to_string()
                }
            })
            .collect();
        format!("array.array('{tc}', [{}])", items.join(", "))
    }

    fn shape(&mut self) -> String {
        let dims = self.rng.below(4);
        let items: Vec<String> = (0..dims)
            .map(|_| match self.rng.below(10) {
                0 => self.rng.pick(&["0", "-1", "'2'", "2**70"]).to_string(),
                _ => self.rng.range(1, 6).to_string(),
            })
            .collect();
        if self.rng.chance(20) {
            format!("({}{})", items.join(", "), if dims == 1 { "," } else { "" })
        } else {
            format!("[{}]", items.join(", "))
        }
    }

    /// Prints the value of `expr`, or the exception it raises.
    fn expr(&mut self, expr: &str) {
        self.n += 1;
        let n = self.n;
        let _ = writeln!(
            self.out,
            "try:\n    print({n}, show({expr}))\nexcept Exception as e:\n    print({n}, type(e).__name__, e)"
        );
    }

    /// Runs `stmt`, then prints `ok` or the exception it raises.
    fn stmt(&mut self, stmt: &str) {
        self.n += 1;
        let n = self.n;
        let _ = writeln!(
            self.out,
            "try:\n    {stmt}\n    print({n}, 'ok')\nexcept Exception as e:\n    print({n}, type(e).__name__, e)"
        );
    }

    fn op(&mut self) {
        let v = self.view();
        match self.rng.below(48) {
            0 => {
                let e = self.rng.pick(EXPORTERS);
                self.stmt(&format!("{v} = memoryview({e})"));
            }
            1 => {
                let w = self.view();
                let s = self.slice();
                self.stmt(&format!("{v} = {w}[{s}]"));
            }
            2 | 3 => {
                let w = self.view();
                let f = self.rng.pick(FORMATS);
                if self.rng.chance(50) {
                    self.stmt(&format!("{v} = {w}.cast('{f}')"));
                } else {
                    let shape = self.shape();
                    self.stmt(&format!("{v} = {w}.cast('{f}', {shape})"));
                }
            }
            4 => {
                let w = self.view();
                let what = self.rng.pick(&["memoryview({})", "{}.toreadonly()", "{}"]);
                self.stmt(&format!("{v} = {}", what.replace("{}", w)));
            }
            5 | 6 => {
                let i = self.int();
                self.expr(&format!("{v}[{i}]"));
            }
            7 => {
                let (i, j) = (self.int(), self.int());
                let key = self
                    .rng
                    .pick(&["{i}, {j}", "()", "...", "{i},", "{i}, {j}, 0"]);
                self.expr(&format!(
                    "{v}[{}]",
                    key.replace("{i}", &i).replace("{j}", &j)
                ));
            }
            8 | 9 => {
                let s = self.slice();
                self.expr(&format!("{v}[{s}]"));
            }
            10 | 11 => {
                let i = self.int();
                let x = self.value();
                self.stmt(&format!("{v}[{i}] = {x}"));
            }
            12 => {
                let (i, j) = (self.int(), self.int());
                let x = self.value();
                let key = self.rng.pick(&["{i}, {j}", "()", "...", "{i}:{j}, 0:1"]);
                self.stmt(&format!(
                    "{v}[{}] = {x}",
                    key.replace("{i}", &i).replace("{j}", &j)
                ));
            }
            13 | 14 => {
                let s = self.slice();
                let src = self.source();
                self.stmt(&format!("{v}[{s}] = {src}"));
            }
            15 => self.expr(&format!("{v}.tolist()")),
            16 => {
                let order = self
                    .rng
                    .pick(&["", "None", "'C'", "'F'", "'A'", "'X'", "order='F'"]);
                self.expr(&format!("{v}.tobytes({order})"));
            }
            17 => {
                let args = self
                    .rng
                    .pick(&["", "':'", "'-', 2", "b'.', -3", "'', 1", "':', 0"]);
                self.expr(&format!("{v}.hex({args})"));
            }
            18 => {
                let attr = self.rng.pick(&[
                    "nbytes",
                    "readonly",
                    "itemsize",
                    "format",
                    "ndim",
                    "shape",
                    "strides",
                    "suboffsets",
                    "c_contiguous",
                    "f_contiguous",
                    "contiguous",
                ]);
                self.expr(&format!("{v}.{attr}"));
            }
            19 => {
                let e = self.rng.pick(EXPORTERS);
                self.expr(&format!("{v}.obj is {e}"));
            }
            20 => self.expr(&format!("len({v})")),
            21 => self.expr(&format!("list({v})")),
            22 => self.stmt(&format!("{v}.release()")),
            23 => self.stmt(&format!("{v} = None")),
            24 => {
                let other = match self.rng.below(3) {
                    0 => self.view().to_string(),
                    1 => self.rng.pick(EXPORTERS).to_string(),
                    _ => self.bytes_lit(),
                };
                let op = self.rng.pick(&["==", "!=", "<"]);
                if self.rng.chance(50) {
                    self.expr(&format!("{v} {op} {other}"));
                } else {
                    self.expr(&format!("{other} {op} {v}"));
                }
            }
            25 => self.expr(&format!("hash({v}) == hash({v}.tobytes())")),
            26 => {
                let x = self.int();
                self.expr(&format!("{x} in {v}"));
            }
            27 => self.expr(&format!("bytes({v})")),
            28 => {
                let w = self.view();
                self.stmt(&format!("with {w}:\n        ba.append(1)"));
            }
            29 => {
                let body = self
                    .rng
                    .pick(&["ba.append(7)", "ba.pop()", "ba[0] = 65", "pass"]);
                self.stmt(&format!("with memoryview(ba) as w:\n        {body}"));
            }
            30..=34 => self.resize_bytearray(),
            35..=43 => self.array_op(),
            44 => {
                let e = self.rng.pick(&[
                    "next(iter({}))",
                    "list(reversed({}))",
                    "bool({})",
                    "sum({})",
                    "bytearray({})",
                    "{}.cast('B').tolist()",
                    "[x for x in {}]",
                    "memoryview({}).tolist()",
                ]);
                self.expr(&e.replace("{}", v));
            }
            45 => {
                let e = self
                    .rng
                    .pick(&["del {}[0]", "del {}[:]", "{}.__exit__(None, None, None)"]);
                self.stmt(&e.replace("{}", v));
            }
            46 => {
                let tc = self.rng.pick(TYPECODES);
                let name = self.rng.pick(&["ar", "ar2"]);
                let init = match self.rng.below(4) {
                    0 => self.source(),
                    1 => self.array_lit(),
                    2 => format!("(x for x in [{}, {}])", self.value(), self.value()),
                    _ => self.value(),
                };
                self.stmt(&format!("{name} = array.array('{tc}', {init})"));
            }
            _ => {
                let ar = self.array_lit();
                let name = self.rng.pick(&["ar", "ar2"]);
                self.stmt(&format!("{name} = {ar}"));
            }
        }
    }

    fn resize_bytearray(&mut self) {
        let ba = self.rng.pick(&["ba", "ba2"]);
        let stmt = match self.rng.below(14) {
            0 => format!("{ba}.append({})", self.value()),
            1 => format!("{ba}.extend({})", self.source()),
            2 => format!("{ba}.pop()"),
            3 => format!("{ba}.clear()"),
            4 => format!("del {ba}[{}]", self.slice()),
            5 => format!("del {ba}[{}]", self.int()),
            6 => format!("{ba}[{}] = {}", self.slice(), self.source()),
            7 => format!("{ba} += {}", self.source()),
            8 => format!("{ba} *= {}", self.rng.range(-1, 3)),
            9 => format!("{ba}.insert({}, 5)", self.int()),
            10 => format!("{ba}.remove({})", self.int()),
            11 => format!("{ba}[{}] = {}", self.int(), self.value()),
            12 => format!("{ba}.reverse()"),
            _ => format!("{ba} = bytearray({})", self.bytes_lit()),
        };
        self.stmt(&stmt);
        if self.rng.chance(30) {
            self.expr(ba);
        }
    }

    fn array_op(&mut self) {
        use Line::{E, S};
        let ar = self.rng.pick(&["ar", "ar2"]);
        let other = self.rng.pick(&["ar", "ar2"]);
        let x = self.value();
        let line = match self.rng.below(28) {
            0 => S(format!("{ar}.append({x})")),
            1 => {
                let src = match self.rng.below(3) {
                    0 => other.to_string(),
                    1 => format!("[{x}, {}]", self.value()),
                    _ => self.source(),
                };
                S(format!("{ar}.extend({src})"))
            }
            2 => E(format!("{ar}.pop({})", self.int())),
            3 => S(format!("{ar}.insert({}, {x})", self.int())),
            4 => S(format!("{ar}[{}] = {x}", self.int())),
            5 => {
                let s = self.slice();
                let src = if self.rng.chance(70) {
                    self.array_lit()
                } else {
                    other.to_string()
                };
                S(format!("{ar}[{s}] = {src}"))
            }
            6 => S(format!("del {ar}[{}]", self.slice())),
            7 => S(format!("del {ar}[{}]", self.int())),
            8 => S(format!("{ar}.frombytes({})", self.source())),
            9 => E(format!("{ar}.tolist()")),
            10 => E(format!("{ar}.tobytes()")),
            11 => S(format!("{ar}.byteswap()")),
            12 => S(format!("{ar}.reverse()")),
            13 => S(format!("{ar}.remove({x})")),
            14 => {
                let args = if self.rng.chance(50) {
                    x
                } else {
                    format!("{x}, {}, {}", self.small(), self.small())
                };
                E(format!("{ar}.index({args})"))
            }
            15 => E(format!("{ar}.count({x})")),
            16 => E(format!("{ar} + {other}")),
            17 => E(format!("{ar} * {}", self.rng.range(-1, 3))),
            18 => S(format!("{ar} *= {}", self.rng.range(-1, 3))),
            19 => S(format!("{ar} += {other}")),
            20 => {
                let op = self.rng.pick(&["==", "!=", "<", "<=", ">", ">="]);
                E(format!("{ar} {op} {other}"))
            }
            21 => E(format!("{ar}[{}]", self.slice())),
            22 => E(format!("{ar}[{}]", self.int())),
            23 => E(format!("{x} in {ar}")),
            24 => S(format!("{ar}.fromlist([{x}])")),
            25 => S(format!("{ar}.fromunicode('xy')")),
            26 => E(format!("{ar}.tounicode()")),
            _ => E(format!("({ar}.typecode, {ar}.itemsize, len({ar}))")),
        };
        match line {
            S(t) => self.stmt(&t),
            E(t) => self.expr(&t),
        }
        if self.rng.chance(25) {
            self.expr(ar);
        }
    }
}

const PRELUDE: &str = "import array
def show(r):
    if isinstance(r, memoryview):
        try:
            return 'mv(%s %r %r %r %r)' % (r.format, r.shape, r.strides, r.readonly, r.tolist())
        except Exception as e:
            return 'mv(%s: %s)' % (type(e).__name__, e)
    return repr(r)
";

fn program(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng(seed),
        out: String::from(PRELUDE),
        n: 0,
    };
    let ba_len = [0, 1, 4, 6, 8, 12, 16, 24][g.rng.below(8)];
    let ba2_len = g.rng.below(10);
    let b0_len = [0, 2, 8, 16][g.rng.below(4)];
    let (ar, ar2) = (g.array_lit(), g.array_lit());
    let _ = writeln!(
        g.out,
        "ba = bytearray(range({ba_len}))\nba2 = bytearray(range(200, {}))\nb0 = bytes(range(100, {}))\nar = {ar}\nar2 = {ar2}",
        200 + ba2_len,
        100 + b0_len
    );
    let starts = [
        "memoryview(ba)",
        "memoryview(b0)",
        "memoryview(ar)",
        "memoryview(ba2)",
    ];
    for (i, v) in VIEWS.iter().enumerate() {
        let _ = writeln!(g.out, "{v} = {}", starts[i % starts.len()]);
    }
    let ops = 20 + g.rng.below(30);
    for _ in 0..ops {
        g.op();
    }
    g.out
}

/// Runs one program through pyview in-process (stdout and stderr).
fn run_pyview(source: String) -> String {
    let handle = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            let out = pyview::Sink::capture();
            let err = pyview::Sink::capture();
            let mut py = pyview::Interpreter::builder()
                .stdout(out.clone())
                .stderr(err.clone())
                .argv(vec!["prop.py".to_string()])
                .build();
            let code = py.run_main(&source, "prop.py");
            drop(py);
            common::render(&out.contents(), &err.contents(), code)
        })
        .expect("spawn");
    handle
        .join()
        .unwrap_or_else(|_| "pyview panicked".to_string())
}

/// Runs every program through one python3 process: each is written to a
/// file and run by a driver that captures its output like a script run.
fn run_cpython(sources: &[String]) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("pyview-prop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut paths = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        let p = dir.join(format!("p{i}.py"));
        std::fs::write(&p, s).expect("write program");
        paths.push(p.display().to_string());
    }
    let driver = r#"
import sys, io, contextlib, traceback
SEP = '\x00END\x00'
for path in sys.stdin.read().split('\n'):
    if not path:
        continue
    src = open(path).read()
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            exec(compile(src, 'prop.py', 'exec'), {'__name__': '__main__'})
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except BaseException:
            traceback.print_exc()
            code = 1
    sys.stdout.write(out.getvalue() + SEP + err.getvalue() + SEP + str(code) + SEP)
"#;
    let mut child = Command::new("python3")
        .args(["-c", driver])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("run python3");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(paths.join("\n").as_bytes())
        .expect("feed python3");
    let output = child.wait_with_output().expect("python3 output");
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let parts: Vec<&str> = text.split("\0END\0").collect();
    parts
        .chunks(3)
        .filter(|c| c.len() == 3)
        .map(|c| {
            let code = c[2].parse::<i32>().unwrap_or(-1);
            common::render(c[0].as_bytes(), c[1].as_bytes(), code)
        })
        .collect()
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn buffer_programs_match_cpython() {
    if !common::cpython_311() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3 is not CPython 3.11, and CI=true requires it"
        );
        eprintln!("skipping: python3 is not CPython 3.11");
        return;
    }
    let cases = env_u64("PYVIEW_PROPTEST_CASES").unwrap_or(40);
    let base = env_u64("PYVIEW_PROPTEST_SEED").unwrap_or(0x5eed);
    let seeds: Vec<u64> = (0..cases).map(|i| base + i).collect();
    let mut failures = Vec::new();
    for chunk in seeds.chunks(200) {
        let sources: Vec<String> = chunk.iter().map(|&s| program(s)).collect();
        let expected = run_cpython(&sources);
        assert_eq!(expected.len(), sources.len(), "python3 driver output");
        for ((seed, src), want) in chunk.iter().zip(&sources).zip(&expected) {
            let got = run_pyview(src.clone());
            if &got != want {
                if let Ok(dir) = std::env::var("PYVIEW_PROPTEST_DUMP") {
                    let _ = std::fs::create_dir_all(&dir);
                    let _ = std::fs::write(format!("{dir}/seed_{seed}.py"), src);
                }
                let (w, g): (Vec<&str>, Vec<&str>) =
                    (want.lines().collect(), got.lines().collect());
                let at = w
                    .iter()
                    .zip(&g)
                    .position(|(a, b)| a != b)
                    .unwrap_or(w.len().min(g.len()));
                failures.push(format!(
                    "seed {seed}: first difference at output line {}\n  cpython: {}\n  pyview:  {}\n--- program\n{src}",
                    at + 1,
                    w.get(at).unwrap_or(&"<end>"),
                    g.get(at).unwrap_or(&"<end>"),
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} programs differ from CPython:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
