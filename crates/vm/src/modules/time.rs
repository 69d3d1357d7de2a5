//! The `time` module: wall clock, monotonic counters, sleep, and calendar
//! time: `gmtime`, `localtime`, `mktime`, `struct_time` (with `tm_zone`
//! and `tm_gmtoff`), `timezone`, `altzone`, `daylight`, `tzname`.
//!
//! Local time reads the machine's zone from its TZif file (`TZ` naming a
//! zone or a file, else `/etc/localtime`), in safe Rust: the transitions
//! it lists and, past the last one, the POSIX rule the file ends with; a
//! `TZ` that names no file is read as such a rule (`EST5EDT,M3.2.0,...`).
//! `strftime`, `asctime` and `ctime` are in `strftime`; `strptime` calls
//! the Python `_strptime`, as CPython's does.
//!
//! Not here: `tzset`, the clock functions.

use crate::exceptions::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::structseq::StructSeq;
use crate::value::Value;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

mod strftime;
pub use strftime::{asctime, ctime, strftime};

fn now() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

pub fn time(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(now().as_secs_f64()))
}

pub fn time_ns(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(now().as_nanos() as i64))
}

pub fn perf_counter(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.started.elapsed().as_secs_f64()))
}

pub fn perf_counter_ns(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.started.elapsed().as_nanos() as i64))
}

/// How often a sleep looks at the interrupt flag.
const WAKE_CHECK: std::time::Duration = std::time::Duration::from_millis(10);

/// `time.sleep`: never past the host's deadline, which it then reports,
/// and cut short by an interrupt (KeyboardInterrupt), as Ctrl-C cuts
/// CPython's sleep short.
pub fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = match args.check_one("time.sleep")? {
        Value::Float(f) => *f,
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            crate::format::bigint_to_f64(&crate::ops::as_bigint(v).unwrap_or_default())
                .map_err(crate::ops::fmt_err)?
        }
        other => {
            let i = super::index_value(vm, other)?;
            crate::ops::index_i64(&i)? as f64
        }
    };
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let mut d = std::time::Duration::from_secs_f64(s.min(1e9));
    if let Some(left) = vm.meter.remaining() {
        d = d.min(left);
    }
    let end = std::time::Instant::now() + d;
    loop {
        vm.take_interrupt()?;
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(left.min(WAKE_CHECK));
    }
    vm.meter.check_deadline()?;
    Ok(Value::None)
}

// ----- calendar time: gmtime, localtime, mktime, struct_time -----

/// The fields of `time.struct_time`; the last two are attributes only, not
/// items of the sequence (as CPython's).
const STRUCT_FIELDS: &[&str] = &[
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];
pub const STRUCT_TIME: &str = "time.struct_time";

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    // Count from March so that the leap day ends a year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// One kind of local time: its UTC offset, whether it is summer time,
/// and its abbreviation.
#[derive(Debug, Clone)]
struct LocalType {
    offset: i64,
    isdst: bool,
    name: String,
}

/// The machine's time zone: the transitions of a TZif file (`TZ` names
/// one, else `/etc/localtime`) and the kind of time in force from each;
/// past the last one, the POSIX rule at the file's end (or a `TZ` that is
/// such a rule itself). With neither the zone is UTC.
#[derive(Debug)]
struct Zone {
    transitions: Vec<(i64, usize)>,
    types: Vec<LocalType>,
    rule: Option<Rule>,
}

/// A POSIX `TZ` rule: standard time, and summer time between two dates
/// of each year.
#[derive(Debug, Clone)]
struct Rule {
    std: LocalType,
    dst: Option<(LocalType, RuleDay, i64, RuleDay, i64)>,
}

/// The day a rule switches on: `Jn` (1..=365, no leap day), `n`
/// (0..=365) or `Mm.w.d` (weekday `d` of week `w` of month `m`, 5 being
/// the last).
#[derive(Debug, Clone, Copy)]
enum RuleDay {
    Julian1(i64),
    Julian0(i64),
    Month(i64, i64, i64),
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

impl RuleDay {
    /// Days since the epoch of this day in year `y`.
    fn in_year(self, y: i64) -> i64 {
        let jan1 = days_from_civil(y, 1, 1);
        match self {
            RuleDay::Julian1(n) => jan1 + n - 1 + i64::from(is_leap(y) && n >= 60),
            RuleDay::Julian0(n) => jan1 + n,
            RuleDay::Month(m, w, d) => {
                let first = days_from_civil(y, m, 1);
                // 1970-01-01 was a Thursday (4 counting from Sunday).
                let wd = (first + 4).rem_euclid(7);
                let mut day = first + (d - wd).rem_euclid(7) + (w - 1) * 7;
                let next = if m == 12 {
                    days_from_civil(y + 1, 1, 1)
                } else {
                    days_from_civil(y, m + 1, 1)
                };
                while day >= next {
                    day -= 7;
                }
                day
            }
        }
    }
}

impl Rule {
    fn at(&self, t: i64) -> &LocalType {
        let Some((dst, start, start_time, end, end_time)) = &self.dst else {
            return &self.std;
        };
        let (y, _, _) = civil_from_days((t + self.std.offset).div_euclid(86400));
        // Before 1970 glibc places the year's switches in 1970.
        let y = y.max(1970);
        // Summer time starts at a wall time of standard time and ends at
        // one of summer time.
        let on = start.in_year(y) * 86400 + start_time - self.std.offset;
        let off = end.in_year(y) * 86400 + end_time - dst.offset;
        let summer = if on < off {
            on <= t && t < off
        } else {
            !(off <= t && t < on)
        };
        if summer {
            dst
        } else {
            &self.std
        }
    }
}

/// Reads a POSIX `TZ` rule (`EST5EDT,M3.2.0,M11.1.0`).
fn parse_rule(text: &str) -> Option<Rule> {
    let b = text.as_bytes();
    let mut i = 0;
    let name = |i: &mut usize| -> Option<String> {
        let start = *i;
        if b.get(*i) == Some(&b'<') {
            let end = start + 1 + b[start + 1..].iter().position(|&c| c == b'>')?;
            *i = end + 1;
            return Some(text[start + 1..end].to_string());
        }
        while b.get(*i).is_some_and(|c| c.is_ascii_alphabetic()) {
            *i += 1;
        }
        (*i - start >= 3).then(|| text[start..*i].to_string())
    };
    // [+-]hh[:mm[:ss]] in seconds.
    let clock = |i: &mut usize| -> Option<i64> {
        let mut sign = 1;
        match b.get(*i) {
            Some(b'-') => {
                sign = -1;
                *i += 1;
            }
            Some(b'+') => *i += 1,
            _ => {}
        }
        let mut total = 0;
        for (k, unit) in [3600, 60, 1].into_iter().enumerate() {
            if k > 0 {
                if b.get(*i) != Some(&b':') {
                    break;
                }
                *i += 1;
            }
            let start = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) && *i - start < 3 {
                *i += 1;
            }
            total += text.get(start..*i)?.parse::<i64>().ok()? * unit;
        }
        Some(sign * total)
    };
    let day = |i: &mut usize| -> Option<(RuleDay, i64)> {
        let num = |i: &mut usize| -> Option<i64> {
            let start = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            text.get(start..*i)?.parse().ok()
        };
        let d = match b.get(*i)? {
            b'J' => {
                *i += 1;
                RuleDay::Julian1(num(i)?.clamp(1, 365))
            }
            b'M' => {
                *i += 1;
                let m = num(i)?;
                (b.get(*i)? == &b'.').then_some(())?;
                *i += 1;
                let w = num(i)?;
                (b.get(*i)? == &b'.').then_some(())?;
                *i += 1;
                let d = num(i)?;
                if !(1..=12).contains(&m) || !(1..=5).contains(&w) || d > 6 {
                    return None;
                }
                RuleDay::Month(m, w, d)
            }
            _ => RuleDay::Julian0(num(i)?.clamp(0, 365)),
        };
        let time = if b.get(*i) == Some(&b'/') {
            *i += 1;
            clock(i)?
        } else {
            7200
        };
        Some((d, time))
    };
    let std_name = name(&mut i)?;
    let std = LocalType {
        offset: -clock(&mut i)?,
        isdst: false,
        name: std_name,
    };
    if i == b.len() {
        return Some(Rule { std, dst: None });
    }
    let dst_name = name(&mut i)?;
    let dst_offset = match b.get(i) {
        Some(c) if c.is_ascii_digit() || *c == b'+' || *c == b'-' => -clock(&mut i)?,
        _ => std.offset + 3600,
    };
    let dst = LocalType {
        offset: dst_offset,
        isdst: true,
        name: dst_name,
    };
    // Without dates, the United States' rule (as glibc's default).
    let (start, end) = if i == b.len() {
        (
            (RuleDay::Month(3, 2, 0), 7200),
            (RuleDay::Month(11, 1, 0), 7200),
        )
    } else {
        (b.get(i)? == &b',').then_some(())?;
        i += 1;
        let start = day(&mut i)?;
        (b.get(i)? == &b',').then_some(())?;
        i += 1;
        let end = day(&mut i)?;
        (i == b.len()).then_some(())?;
        (start, end)
    };
    Some(Rule {
        std,
        dst: Some((dst, start.0, start.1, end.0, end.1)),
    })
}

thread_local! {
    static ZONE: std::cell::OnceCell<Zone> = const { std::cell::OnceCell::new() };
}

fn utc_zone() -> Zone {
    Zone {
        transitions: Vec::new(),
        types: vec![LocalType {
            offset: 0,
            isdst: false,
            name: "UTC".into(),
        }],
        rule: None,
    }
}

/// A zone given by a POSIX rule alone.
fn rule_zone(rule: Rule) -> Zone {
    Zone {
        transitions: Vec::new(),
        types: vec![rule.std.clone()],
        rule: Some(rule),
    }
}

fn load_zone() -> Zone {
    let tz = std::env::var("TZ").unwrap_or_default();
    let (path, rule) = if tz.is_empty() {
        ("/etc/localtime".to_string(), None)
    } else {
        let name = tz.strip_prefix(':').unwrap_or(&tz);
        let path = if name.starts_with('/') {
            name.to_string()
        } else if name.contains("..") {
            String::new()
        } else {
            format!("/usr/share/zoneinfo/{name}")
        };
        (path, parse_rule(&tz))
    };
    // As glibc: a file of that name first, then the string as a rule.
    let from_file = (!path.is_empty())
        .then(|| std::fs::read(&path).ok())
        .flatten()
        .and_then(|data| parse_tzif(&data));
    from_file
        .or_else(|| rule.map(rule_zone))
        .unwrap_or_else(|| {
            // An unknown zone name is UTC under that name (as glibc's).
            let mut z = utc_zone();
            if tz.len() >= 3 && tz.bytes().all(|c| c.is_ascii_alphabetic()) {
                z.types[0].name = tz.clone();
            }
            z
        })
}

fn be(data: &[u8], at: usize, n: usize) -> Option<i64> {
    let bytes = data.get(at..at + n)?;
    let mut v: i64 = if bytes.first()? & 0x80 != 0 { -1 } else { 0 };
    for b in bytes {
        v = (v << 8) | i64::from(*b);
    }
    Some(v)
}

/// Reads a TZif file: the 64-bit data block of version 2 and later files,
/// the 32-bit one of version 1 files.
fn parse_tzif(data: &[u8]) -> Option<Zone> {
    if data.get(0..4)? != b"TZif" {
        return None;
    }
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, slot) in c.iter_mut().enumerate() {
            *slot = usize::try_from(be(data, at + 20 + 4 * i, 4)?).ok()?;
        }
        Some(c)
    };
    let c1 = counts(0)?;
    let v1_len =
        |c: [usize; 6], t: usize| c[3] * t + c[3] + c[4] * 6 + c[5] + c[2] * (t + 4) + c[1] + c[0];
    let (start, c, tsize) = if *data.get(4)? >= b'2' {
        let second = 44 + v1_len(c1, 4);
        (second + 44, counts(second)?, 8)
    } else {
        (44, c1, 4)
    };
    let [_, _, _, timecnt, typecnt, charcnt] = c;
    let idx_at = start + timecnt * tsize;
    let types_at = idx_at + timecnt;
    let chars_at = types_at + typecnt * 6;
    let chars = data.get(chars_at..chars_at + charcnt)?;
    let mut types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let at = types_at + i * 6;
        let offset = be(data, at, 4)?;
        let isdst = *data.get(at + 4)? != 0;
        let ni = usize::from(*data.get(at + 5)?);
        let name = chars.get(ni..)?;
        let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
        types.push(LocalType {
            offset,
            isdst,
            name: String::from_utf8_lossy(&name[..end]).into_owned(),
        });
    }
    if types.is_empty() {
        return None;
    }
    let mut transitions = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        let t = be(data, start + i * tsize, tsize)?;
        let ti = usize::from(*data.get(idx_at + i)?);
        if ti >= types.len() {
            return None;
        }
        transitions.push((t, ti));
    }
    // Version 2+ files end with the rule for times past the transitions.
    let rule = if tsize == 8 {
        let [isutcnt, isstdcnt, leapcnt, ..] = c;
        let footer = chars_at + charcnt + leapcnt * 12 + isstdcnt + isutcnt;
        data.get(footer..)
            .and_then(|f| f.strip_prefix(b"\n"))
            .and_then(|f| f.split(|&b| b == b'\n').next())
            .and_then(|f| std::str::from_utf8(f).ok())
            .and_then(parse_rule)
    } else {
        None
    };
    Some(Zone {
        transitions,
        types,
        rule,
    })
}

impl Zone {
    /// The kind of local time in force at `t` (seconds since the epoch).
    fn at(&self, t: i64) -> &LocalType {
        if let Some(rule) = &self.rule {
            if self.transitions.last().is_none_or(|&(last, _)| t >= last) {
                return rule.at(t);
            }
        }
        let i = self.transitions.partition_point(|&(start, _)| start <= t);
        let ti = match i {
            // Before the first transition: the first standard-time kind.
            0 => self.types.iter().position(|k| !k.isdst).unwrap_or(0),
            i => self.transitions[i - 1].1,
        };
        &self.types[ti]
    }
}

fn with_zone<R>(f: impl FnOnce(&Zone) -> R) -> R {
    ZONE.with(|z| f(z.get_or_init(load_zone)))
}

/// `timestamp out of range for platform time_t`
fn time_t_overflow() -> Box<crate::exceptions::PyErr> {
    crate::exceptions::overflow_error("timestamp out of range for platform time_t")
}

/// A timestamp argument as whole seconds, rounded toward minus infinity
/// (CPython's `_PyTime_ObjectToTime_t` with `_PyTime_ROUND_FLOOR`).
fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(now().as_secs() as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            // i64's range as floats: 2**63 is the first value outside.
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                return Err(time_t_overflow());
            }
            Ok(f as i64)
        }
        Some(other) => match super::index_value(vm, other)? {
            i @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                crate::ops::index_i64(&i).map_err(|_| time_t_overflow())
            }
            v => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        },
    }
}

/// A year past a C int (glibc's `localtime_r` fails there).
fn year_overflow() -> Box<crate::exceptions::PyErr> {
    crate::exceptions::overflow_error("timestamp out of range for platform time_t")
}

fn struct_time(t: i64, kind: &LocalType) -> PyResult<Value> {
    let local = t.checked_add(kind.offset).ok_or_else(year_overflow)?;
    let days = local.div_euclid(86400);
    let secs = local.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    if !(i64::from(i32::MIN) + 1900..=i64::from(i32::MAX) + 1900).contains(&y) {
        return Err(year_overflow());
    }
    let yday = days - days_from_civil(y, 1, 1) + 1;
    // 1970-01-01 was a Thursday; Monday is 0.
    let wday = (days + 3).rem_euclid(7);
    Ok(Value::Native(Rc::new(StructSeq {
        type_name: STRUCT_TIME,
        fields: STRUCT_FIELDS,
        values: vec![
            Value::Int(y),
            Value::Int(m),
            Value::Int(d),
            Value::Int(secs / 3600),
            Value::Int(secs / 60 % 60),
            Value::Int(secs % 60),
            Value::Int(wday),
            Value::Int(yday),
            Value::Int(i64::from(kind.isdst)),
            Value::str(&kind.name),
            Value::Int(kind.offset),
        ],
        namespace: false,
        visible: 9,
    })))
}

/// The one optional positional argument of `gmtime` and `localtime`.
fn at_most_one(args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(name)?;
    match args.pos.len() {
        0 | 1 => Ok(()),
        n => Err(type_error(format!(
            "{name}() takes at most 1 argument ({n} given)"
        ))),
    }
}

/// `time.gmtime([secs])`
pub fn gmtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    at_most_one(args, "gmtime")?;
    let t = seconds_arg(vm, args.pos.first())?;
    let gmt = LocalType {
        offset: 0,
        isdst: false,
        name: "GMT".into(),
    };
    struct_time(t, &gmt)
}

/// `time.localtime([secs])`, in the machine's zone.
pub fn localtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    at_most_one(args, "localtime")?;
    let t = seconds_arg(vm, args.pos.first())?;
    let kind = with_zone(|z| z.at(t).clone());
    struct_time(t, &kind)
}

/// `time.mktime(t)`: the inverse of `localtime`. A wall time that the
/// zone skips or repeats resolves as glibc does for `tm_isdst=-1`: the
/// offset in force just before it.
pub fn mktime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.check_one("mktime")?;
    let (f, _, _) = strftime::time_tuple(vm, v, "mktime")?;
    Ok(Value::Float(mktime_fields(&f) as f64))
}

/// The seconds since the epoch of the local time in a time tuple's nine
/// items.
fn mktime_fields(f: &[i64; 9]) -> i64 {
    // Months out of range carry into years, days and times into days.
    let month0 = f[1] - 1;
    let y = f[0] + month0.div_euclid(12);
    let m = month0.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + f[2] - 1;
    let wall = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    let isdst = f[8];
    with_zone(|z| {
        // The kinds of time in force a day either side; a wall time can
        // only be read with one of them.
        let before = z.at(wall - 90000).clone();
        let after = z.at(wall + 90000).clone();
        // A tm_isdst of 0 or 1 reads the wall time in a kind of that flag,
        // the nearest one in force within a year and a half (as glibc).
        if isdst >= 0 {
            const MONTH: i64 = 30 * 86400;
            let near = [wall - 90000, wall + 90000]
                .into_iter()
                .chain((1..=18).flat_map(|k| [wall - k * MONTH, wall + k * MONTH]));
            for probe in near {
                let k = z.at(probe);
                if k.isdst == (isdst > 0) {
                    return wall - k.offset;
                }
            }
            // A zone without summer time reads a summer wall time an
            // hour ahead of its standard time.
            if isdst > 0 {
                return wall - z.at(wall).offset - 3600;
            }
        }
        // Else a repeated wall time is the later, a skipped one is read in
        // the kind in force before it.
        [after, before.clone()]
            .iter()
            .map(|k| wall - k.offset)
            .find(|&t| z.at(t).offset == wall - t)
            .unwrap_or(wall - before.offset)
    })
}

/// `time.struct_time(seq)`
pub fn construct_struct_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = args.parse("structseq", &["sequence", "dict"], 0, 1, 2)?;
    let v = slots[0].clone().unwrap_or(Value::None);
    // The dict fills the fields the sequence leaves out (by name).
    let dict = match &slots[1] {
        None => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => {
            return Err(type_error(
                "time.struct_time() takes a dict as second arg, if any",
            ))
        }
    };
    let items: Vec<Value> = vm.collect(&v)?;
    let n = items.len();
    if !(9..=11).contains(&n) {
        let msg = if n < 9 {
            format!("time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        } else {
            format!("time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        };
        return Err(type_error(msg));
    }
    let mut values = items;
    for name in &STRUCT_FIELDS[n..] {
        let v = match &dict {
            Some(d) => d.get(&Value::str(name))?.unwrap_or(Value::None),
            None => Value::None,
        };
        values.push(v);
    }
    Ok(Value::Native(Rc::new(StructSeq {
        type_name: STRUCT_TIME,
        fields: STRUCT_FIELDS,
        values,
        namespace: false,
        visible: 9,
    })))
}

/// The zone's standard time and its daylight time, if it has one this
/// year (as glibc's `tzset` reads them).
fn zone_kinds() -> (LocalType, Option<LocalType>) {
    let t = now().as_secs() as i64;
    with_zone(|z| {
        let cur = z.at(t).clone();
        let other = z.at(t + 182 * 86400).clone();
        if cur.isdst {
            (other, Some(cur))
        } else if other.isdst {
            (cur, Some(other))
        } else {
            (cur, None)
        }
    })
}

/// `time.timezone`, `time.altzone`, `time.daylight`, `time.tzname`: from
/// the zone's kinds of time in force this year (as glibc's `tzset`
/// reads them), west of UTC positive.
pub fn zone_constants() -> Vec<(&'static str, Value)> {
    let (std_k, dst_k) = zone_kinds();
    let dst = dst_k.clone().unwrap_or_else(|| std_k.clone());
    vec![
        ("timezone", Value::Int(-std_k.offset)),
        ("altzone", Value::Int(-dst.offset)),
        ("daylight", Value::Int(i64::from(dst_k.is_some()))),
        (
            "tzname",
            Value::new_tuple(vec![Value::str(&std_k.name), Value::str(&dst.name)]),
        ),
    ]
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: as CPython's,
/// the Python `_strptime._strptime_time` does the work (with its errors
/// and frames).
pub fn strptime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let module = vm.import("_strptime")?;
    let f = vm.getattr(&module, "_strptime_time")?;
    vm.call(&f, args.clone())
}
