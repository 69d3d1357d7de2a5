//! `time.strftime`, `time.asctime` and `time.ctime`, as CPython 3.11 on
//! glibc gives them in the C locale.
//!
//! A time tuple is read as CPython's `gettmarg` reads it (nine C ints;
//! a `struct_time` also brings `tm_zone` and `tm_gmtoff`), then put in
//! range as its `checktm` does (a month, day of month or day of year of 0
//! means the first). Directives follow glibc: its flags (`_ - 0 ^ #`),
//! widths and `E`/`O` modifiers, the numbers it pads and how, the week
//! numbers it derives from `tm_yday` and `tm_wday` alone, and what it
//! copies unchanged (an unknown directive, a lone `%`). `datetime`'s
//! `strftime` goes through here after it replaces `%f`, `%z` and `%Z`.
//!
//! Not here: locales other than C, `strptime`.

use super::{mktime_fields, seconds_arg, zone_kinds, STRUCT_TIME};
use crate::exceptions::{overflow_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::objects::structseq::StructSeq;
use crate::value::Value;

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A C `struct tm`, with Python's year and month numbering kept aside for
/// `%s` (which reads the tuple as `mktime` does).
struct Tm {
    /// The nine items after `checktm`, for `%s`.
    fields: [i64; 9],
    year: i64,
    /// 0 to 11.
    mon: usize,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    /// Sunday is 0.
    wday: usize,
    /// 0 to 365.
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: i64,
}

/// One item of a time tuple as a C int (`PyArg_ParseTuple`'s `i`).
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = super::super::index_value(vm, v)?;
    let n = match i {
        Value::Int(n) => n,
        Value::Bool(b) => i64::from(b),
        Value::BigInt(_) => {
            return Err(overflow_error("Python int too large to convert to C long"))
        }
        other => return Err(crate::exceptions::not_an_index(other.type_name())),
    };
    if n > i64::from(i32::MAX) {
        return Err(overflow_error("signed integer is greater than maximum"));
    }
    if n < i64::from(i32::MIN) {
        return Err(overflow_error("signed integer is less than minimum"));
    }
    Ok(n)
}

/// The nine items of a time tuple (`Tuple or struct_time argument
/// required`, `{func}(): illegal time tuple argument`), and a
/// `struct_time`'s zone name and offset.
pub(super) fn time_tuple(
    vm: &mut Vm,
    v: &Value,
    func: &str,
) -> PyResult<([i64; 9], Option<String>, Option<i64>)> {
    let (items, zone, gmtoff) = match v {
        Value::Tuple(t) => (t.to_vec(), None, None),
        Value::Native(o) if o.type_name() == STRUCT_TIME => {
            match o.as_any().downcast_ref::<StructSeq>() {
                Some(s) => {
                    let zone = match s.values.get(9) {
                        Some(Value::Str(z)) => Some(z.to_string()),
                        _ => None,
                    };
                    let gmtoff = match s.values.get(10) {
                        Some(Value::None) | None => None,
                        Some(g) => Some(c_int(vm, g)?),
                    };
                    (
                        s.values[..s.visible.min(s.values.len())].to_vec(),
                        zone,
                        gmtoff,
                    )
                }
                None => (Vec::new(), None, None),
            }
        }
        _ => return Err(type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (slot, item) in out.iter_mut().zip(&items) {
        *slot = c_int(vm, item)?;
    }
    Ok((out, zone, gmtoff))
}

/// CPython's `checktm`: the ranges `strftime` and `asctime` accept, with
/// 0 read as the first month, day of month and day of year.
fn check_tm(f: [i64; 9], zone: Option<String>, gmtoff: Option<i64>) -> PyResult<Tm> {
    let mon = match f[1] - 1 {
        -1 => 0,
        m @ 0..=11 => m,
        _ => return Err(value_error("month out of range")),
    };
    let mday = match f[2] {
        0 => 1,
        d @ 1..=31 => d,
        _ => return Err(value_error("day of month out of range")),
    };
    if !(0..=23).contains(&f[3]) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&f[4]) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&f[5]) {
        return Err(value_error("seconds out of range"));
    }
    // C's `%` keeps the sign: a Monday-based -1 is Sunday, -2 is refused.
    let wday = (f[6] + 1) % 7;
    if wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    let yday = match f[7] - 1 {
        -1 => 0,
        d @ 0..=365 => d,
        _ => return Err(value_error("day of year out of range")),
    };
    Ok(Tm {
        fields: [
            f[0],
            mon + 1,
            mday,
            f[3],
            f[4],
            f[5],
            f[6],
            yday + 1,
            f[8].clamp(-1, 1),
        ],
        year: f[0],
        mon: mon as usize,
        mday,
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: wday as usize,
        yday,
        isdst: f[8].clamp(-1, 1),
        zone,
        gmtoff: gmtoff.unwrap_or(0),
    })
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days from the start of the ISO year's first week (Monday) to the day
/// `yday` (0-based) of weekday `wday` (Sunday 0); negative before it.
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    // A multiple of 7 large enough to keep `%`'s operand non-negative.
    const BIG: i64 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + BIG) % 7 + 3
}

/// The ISO year and the day count `%V` divides by 7.
fn iso_year(tm: &Tm) -> (i64, i64) {
    let wday = tm.wday as i64;
    let mut year = tm.year;
    let days = iso_week_days(tm.yday, wday);
    if days < 0 {
        year -= 1;
        let len = 365 + i64::from(is_leap(year));
        return (year, iso_week_days(tm.yday + len, wday));
    }
    let len = 365 + i64::from(is_leap(year));
    let next = iso_week_days(tm.yday - len, wday);
    if next >= 0 {
        (year + 1, next)
    } else {
        (year, days)
    }
}

/// A directive's text: a number with the width and padding glibc gives
/// it, or text.
enum Out {
    /// Value, minimum width, padded with spaces (not zeros) by default.
    Num(i64, usize, bool),
    /// `%s`: padded with spaces unless asked for zeros, which go before
    /// its sign.
    Seconds(i64),
    /// `%z`: its sign is text and padded as such, its `hhmm` a number.
    Offset(char, i64),
    Text(String),
    /// Nothing at all, whatever the width (`%z` with `tm_isdst` < 0).
    Empty,
}

fn twelve(hour: i64) -> i64 {
    (hour + 11) % 12 + 1
}

fn ampm(hour: i64) -> &'static str {
    if hour < 12 {
        "AM"
    } else {
        "PM"
    }
}

/// What a directive gives for `tm`; `None` for one glibc does not know.
fn directive(c: char, tm: &Tm, tzname: &dyn Fn(bool) -> String) -> Option<Out> {
    use Out::{Num, Text};
    let day = DAYS[tm.wday];
    let month = MONTHS[tm.mon];
    Some(match c {
        'a' => Text(day[..3].into()),
        'A' => Text(day.into()),
        'b' | 'h' => Text(month[..3].into()),
        'B' => Text(month.into()),
        'c' => Text(format!(
            "{} {} {:>2} {:02}:{:02}:{:02} {}",
            &day[..3],
            &month[..3],
            tm.mday,
            tm.hour,
            tm.min,
            tm.sec,
            tm.year
        )),
        'C' => Num(tm.year.div_euclid(100), 1, false),
        'd' => Num(tm.mday, 2, false),
        'e' => Num(tm.mday, 2, true),
        'D' | 'x' => Text(format!(
            "{:02}/{:02}/{:02}",
            tm.mon + 1,
            tm.mday,
            tm.year.rem_euclid(100)
        )),
        'F' => Text(format!("{}-{:02}-{:02}", tm.year, tm.mon + 1, tm.mday)),
        'G' => Num(iso_year(tm).0, 1, false),
        'g' => Num(iso_year(tm).0.rem_euclid(100), 2, false),
        'V' => Num(iso_year(tm).1 / 7 + 1, 2, false),
        'H' => Num(tm.hour, 2, false),
        'k' => Num(tm.hour, 2, true),
        'I' => Num(twelve(tm.hour), 2, false),
        'l' => Num(twelve(tm.hour), 2, true),
        'j' => Num(tm.yday + 1, 3, false),
        'm' => Num(tm.mon as i64 + 1, 2, false),
        'M' => Num(tm.min, 2, false),
        'n' => Text("\n".into()),
        't' => Text("\t".into()),
        'p' => Text(ampm(tm.hour).into()),
        'P' => Text(ampm(tm.hour).to_lowercase()),
        'r' => Text(format!(
            "{:02}:{:02}:{:02} {}",
            twelve(tm.hour),
            tm.min,
            tm.sec,
            ampm(tm.hour)
        )),
        'R' => Text(format!("{:02}:{:02}", tm.hour, tm.min)),
        'S' => Num(tm.sec, 2, false),
        's' => Out::Seconds(mktime_fields(&tm.fields)),
        'T' | 'X' => Text(format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec)),
        'u' => Num((tm.wday as i64 + 6) % 7 + 1, 1, false),
        'w' => Num(tm.wday as i64, 1, false),
        'U' => Num((tm.yday - tm.wday as i64 + 7) / 7, 2, false),
        'W' => Num((tm.yday - (tm.wday as i64 + 6) % 7 + 7) / 7, 2, false),
        'y' => Num(tm.year.rem_euclid(100), 2, false),
        'Y' => Num(tm.year, 1, false),
        'z' => {
            if tm.isdst < 0 {
                Out::Empty
            } else {
                let off = tm.gmtoff;
                let sign = if off < 0 { '-' } else { '+' };
                let minutes = off.abs() / 60;
                Out::Offset(sign, minutes / 60 * 100 + minutes % 60)
            }
        }
        'Z' => Text(match &tm.zone {
            Some(z) if !z.is_empty() => z.clone(),
            _ if tm.isdst >= 0 => tzname(tm.isdst != 0),
            _ => String::new(),
        }),
        '%' => Text("%".into()),
        _ => return None,
    })
}

/// The directives glibc refuses with the `E` and the `O` modifier (it
/// copies them unchanged).
const E_REFUSED: &str = "aAbBhdeFDHIjklmMSUVwWGg";
const O_REFUSED: &str = "aAcxXYFD";

/// Pads `s` on the left to `width` with `fill`, a minus sign staying in
/// front of zeros.
fn pad_left(s: &str, width: usize, fill: char) -> String {
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let padding: String = std::iter::repeat_n(fill, width - len).collect();
    match s.strip_prefix('-') {
        Some(digits) if fill == '0' => format!("-{padding}{digits}"),
        _ => format!("{padding}{s}"),
    }
}

/// A number's text as glibc pads it: to at least `min_width` digits with
/// zeros (spaces if `spaces`), unless the flags say otherwise.
fn pad_number(n: i64, min_width: usize, spaces: bool, flags: &str, width: usize) -> String {
    let text = n.to_string();
    if flags.contains('-') {
        return pad_left(&text, width, ' ');
    }
    let space = flags.contains('_') || (spaces && !flags.contains('0'));
    pad_left(&text, width.max(min_width), if space { ' ' } else { '0' })
}

/// `fmt` formatted over `tm` as glibc's `strftime` does.
fn format_tm(fmt: &str, tm: &Tm, tzname: &dyn Fn(bool) -> String) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flags = String::new();
        while i < chars.len() && "_-0^#".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = 0usize;
        while i < chars.len() && chars[i].is_ascii_digit() {
            width = (width * 10 + chars[i] as usize - '0' as usize).min(1 << 16);
            i += 1;
        }
        let mut modifier = None;
        if i < chars.len() && (chars[i] == 'E' || chars[i] == 'O') {
            modifier = Some(chars[i]);
            i += 1;
        }
        let fill_zero = flags.contains('0');
        let Some(&c) = chars.get(i) else {
            let text: String = chars[start..].iter().collect();
            out.push_str(&pad_left(&text, width, if fill_zero { '0' } else { ' ' }));
            break;
        };
        i += 1;
        let refused = match modifier {
            Some('E') => E_REFUSED.contains(c),
            Some(_) => O_REFUSED.contains(c),
            None => false,
        };
        let found = if refused {
            None
        } else {
            directive(c, tm, tzname)
        };
        let upper = flags.contains('^');
        let swap = flags.contains('#');
        match found {
            None => {
                let mut text: String = chars[start..i].iter().collect();
                if upper || (swap && "bBh".contains(c)) {
                    text = text.to_uppercase();
                }
                out.push_str(&pad_left(&text, width, if fill_zero { '0' } else { ' ' }));
            }
            Some(Out::Num(n, min_width, spaces)) => {
                out.push_str(&pad_number(n, min_width, spaces, &flags, width));
            }
            Some(Out::Seconds(n)) => {
                let text = n.to_string();
                let len = text.chars().count();
                let fill = if fill_zero { '0' } else { ' ' };
                out.extend(std::iter::repeat_n(fill, width.saturating_sub(len)));
                out.push_str(&text);
            }
            Some(Out::Offset(sign, hhmm)) => {
                out.push_str(&pad_left(
                    &sign.to_string(),
                    width,
                    if fill_zero { '0' } else { ' ' },
                ));
                out.push_str(&pad_number(hhmm, 4, false, &flags, width));
            }
            Some(Out::Empty) => {}
            Some(Out::Text(mut text)) => {
                if c != 'P' {
                    if upper || (swap && "aAbBh".contains(c)) {
                        text = text.to_uppercase();
                    } else if swap && "pZ".contains(c) {
                        text = text.to_lowercase();
                    }
                }
                out.push_str(&pad_left(&text, width, if fill_zero { '0' } else { ' ' }));
            }
        }
    }
    out
}

/// The zone's name for standard (`false`) or daylight time, as
/// `time.tzname` has them.
fn zone_name(dst: bool) -> String {
    let (std_k, dst_k) = zone_kinds();
    match dst_k {
        Some(k) if dst => k.name.to_string(),
        _ => std_k.name.to_string(),
    }
}

/// The time tuple argument of `strftime` and `asctime`: the local time
/// now when absent.
fn tm_arg(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<Tm> {
    let now_local;
    let v = match v {
        Some(v) => v,
        None => {
            now_local = super::localtime(vm, &Args::default())?;
            &now_local
        }
    };
    let (f, zone, gmtoff) = time_tuple(vm, v, func)?;
    check_tm(f, zone, gmtoff)
}

/// `time.strftime(format[, t])`
pub fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("strftime")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(type_error(format!(
            "strftime() takes at least 1 argument ({n} given)"
        )));
    }
    if n > 2 {
        return Err(type_error(format!(
            "strftime() takes at most 2 arguments ({n} given)"
        )));
    }
    let fmt = match &args.pos[0] {
        Value::Str(s) => s.to_string(),
        other => {
            return Err(type_error(format!(
                "strftime() argument 1 must be str, not {}",
                other.type_name()
            )))
        }
    };
    let tm = tm_arg(vm, args.pos.get(1), "strftime")?;
    if fmt.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    Ok(Value::str(&format_tm(&fmt, &tm, &zone_name)))
}

/// `Sun Jan  1 00:00:00 2023`
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAYS[tm.wday][..3],
        &MONTHS[tm.mon][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `time.asctime([t])`
pub fn asctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("asctime")?;
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "asctime expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let tm = tm_arg(vm, args.pos.first(), "asctime")?;
    Ok(Value::str(&asctime_text(&tm)))
}

/// `time.ctime([secs])`: `asctime(localtime(secs))`.
pub fn ctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::at_most_one(args, "ctime")?;
    let t = seconds_arg(vm, args.pos.first())?;
    let local = super::localtime(vm, &Args::new(vec![Value::Int(t)]))?;
    let tm = tm_arg(vm, Some(&local), "ctime")?;
    Ok(Value::str(&asctime_text(&tm)))
}
