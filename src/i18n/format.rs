//! Locale-aware `NUMBER()` and `DATETIME()` for Fluent, backed by the browser's `Intl`
//! (target I4). Costs almost nothing in wasm: the formatting data is the browser's.
//!
//! - Numbers: the built-in `NUMBER()` stays (plural selection needs a number, not a string);
//!   every number that reaches the output, with or without `NUMBER()` options, is formatted
//!   by `Intl.NumberFormat` through the bundle's formatter hook. Formatters are cached per
//!   bundle and options by Fluent's memoizer.
//! - Dates: `DATETIME($date, dateStyle: "long")` accepts an ISO 8601 date (`2026-04-01`) or
//!   date-time, or a number of milliseconds since 1970. A date without a time is formatted in
//!   UTC, so it never shifts to the previous day west of Greenwich. Options are those of
//!   `Intl.DateTimeFormat` (`dateStyle`, `timeStyle`, `year`, `month`, `day`, `weekday`,
//!   `hour`, `minute`, `timeZone`); an invalid date or option leaves the value as written.
//!   Formatters are cached per locale and options for the visit.
//! - Pseudo-locales format like the reference locale.
//! - Natively (the pre-renderer) `civic_core::intl` stands in for `Intl`, with the same text
//!   for what the shipped `.ftl` files use.

use civic_core::l10n::Bundle;
use civic_core::locale::{self, REFERENCE};
#[cfg(target_arch = "wasm32")]
use fluent_bundle::types::{
    FluentNumberCurrencyDisplayStyle, FluentNumberOptions, FluentNumberStyle,
};
use fluent_bundle::{FluentArgs, FluentValue};
use intl_memoizer::IntlLangMemoizer;
#[cfg(target_arch = "wasm32")]
use intl_memoizer::Memoizable;
#[cfg(target_arch = "wasm32")]
use js_sys::{Object, Reflect};
use unic_langid::LanguageIdentifier;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str, options: &Object) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn format(this: &NumberFormat, value: f64) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = Intl)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str, options: &Object) -> Result<DateTimeFormat, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn format(this: &DateTimeFormat, value: &js_sys::Date) -> Result<String, JsValue>;
}

/// Installs the number formatter and `DATETIME()` on a new bundle.
pub fn install(bundle: &mut Bundle) {
    bundle.set_formatter(Some(format_value));
    let tag = intl_tag(&bundle.locales[0]);
    // A bundle gets each function once; a second registration cannot happen here.
    let _ = bundle.add_function("DATETIME", move |positional, named| {
        datetime(&tag, positional, named)
    });
}

/// The tag handed to `Intl`: pseudo-locales format like the reference locale.
fn intl_tag(id: &LanguageIdentifier) -> String {
    let tag = id.to_string();
    match locale::find(&tag) {
        Some(info) if info.pseudo.is_some() => REFERENCE.to_string(),
        _ => tag,
    }
}

#[cfg(target_arch = "wasm32")]
/// The options of one `Intl.NumberFormat`, as a memoizer key.
#[derive(Clone, PartialEq, Eq, Hash)]
struct NumberKey {
    style: &'static str,
    currency: Option<String>,
    currency_display: &'static str,
    grouping: bool,
    digits: [Option<usize>; 5],
}

#[cfg(target_arch = "wasm32")]
impl From<&FluentNumberOptions> for NumberKey {
    fn from(o: &FluentNumberOptions) -> Self {
        NumberKey {
            style: match o.style {
                FluentNumberStyle::Decimal => "decimal",
                FluentNumberStyle::Currency => "currency",
                FluentNumberStyle::Percent => "percent",
            },
            currency: o.currency.clone(),
            currency_display: match o.currency_display {
                FluentNumberCurrencyDisplayStyle::Symbol => "symbol",
                FluentNumberCurrencyDisplayStyle::Code => "code",
                FluentNumberCurrencyDisplayStyle::Name => "name",
            },
            grouping: o.use_grouping,
            digits: [
                o.minimum_integer_digits,
                o.minimum_fraction_digits,
                o.maximum_fraction_digits,
                o.minimum_significant_digits,
                o.maximum_significant_digits,
            ],
        }
    }
}

#[cfg(target_arch = "wasm32")]
/// A memoized `Intl.NumberFormat`, or `None` when `Intl` refused the options.
struct IntlNumber(Option<NumberFormat>);

#[cfg(target_arch = "wasm32")]
impl Memoizable for IntlNumber {
    type Args = NumberKey;
    type Error = ();

    fn construct(lang: LanguageIdentifier, key: NumberKey) -> Result<Self, ()> {
        let options = Object::new();
        set(&options, "style", key.style.into());
        if let Some(currency) = &key.currency {
            set(&options, "currency", currency.as_str().into());
            set(&options, "currencyDisplay", key.currency_display.into());
        }
        set(&options, "useGrouping", key.grouping.into());
        let names = [
            "minimumIntegerDigits",
            "minimumFractionDigits",
            "maximumFractionDigits",
            "minimumSignificantDigits",
            "maximumSignificantDigits",
        ];
        for (name, value) in names.iter().zip(key.digits) {
            if let Some(v) = value {
                set(&options, name, (v as f64).into());
            }
        }
        Ok(IntlNumber(
            NumberFormat::new(&intl_tag(&lang), &options).ok(),
        ))
    }
}

#[cfg(target_arch = "wasm32")]
fn format_value(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let key = NumberKey::from(&number.options);
    memoizer
        .with_try_get::<IntlNumber, _, _>(key, |nf| {
            nf.0.as_ref().and_then(|nf| nf.format(number.value).ok())
        })
        .ok()
        .flatten()
}

#[cfg(target_arch = "wasm32")]
const DATE_OPTIONS: &[&str] = &[
    "dateStyle",
    "timeStyle",
    "weekday",
    "era",
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "timeZoneName",
    "timeZone",
    "hour12",
];

#[cfg(target_arch = "wasm32")]
fn datetime<'a>(tag: &str, positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(input) = positional.first() else {
        return FluentValue::Error;
    };
    let (date, date_only) = match input {
        FluentValue::String(s) => {
            let date_only = s.len() == 10 && s.as_bytes().get(4) == Some(&b'-');
            (js_sys::Date::new(&JsValue::from_str(s)), date_only)
        }
        FluentValue::Number(n) => (js_sys::Date::new(&JsValue::from_f64(n.value)), false),
        _ => return FluentValue::Error,
    };
    if date.get_time().is_nan() {
        return input.clone();
    }
    let mut options: Vec<(&str, JsValue)> = Vec::new();
    for (name, value) in named.iter() {
        if !DATE_OPTIONS.contains(&name) {
            continue;
        }
        let js = match value {
            FluentValue::String(s) => JsValue::from_str(s),
            FluentValue::Number(n) => JsValue::from_f64(n.value),
            _ => continue,
        };
        options.push((name, js));
    }
    if options.is_empty() {
        options.push(("dateStyle", "medium".into()));
    }
    if date_only && named.get("timeZone").is_none() {
        options.push(("timeZone", "UTC".into()));
    }
    let key = options.iter().fold(tag.to_string(), |key, (name, value)| {
        format!(
            "{key}|{name}={}",
            value
                .as_string()
                .unwrap_or_else(|| format!("{:?}", value.as_f64()))
        )
    });
    let text = DATE_FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        let format = formats.entry(key).or_insert_with(|| {
            let object = Object::new();
            for (name, value) in &options {
                set(&object, name, value.clone());
            }
            DateTimeFormat::new(tag, &object).ok()
        });
        format.as_ref().and_then(|f| f.format(&date).ok())
    });
    match text {
        Some(text) => FluentValue::String(text.into()),
        None => input.clone(),
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// `Intl.DateTimeFormat`s by locale and options (`None`: `Intl` refused them). Making one
    /// costs far more than formatting with it, and a page formats many dates alike (every
    /// item of the news); measured on hydration, this was most of the time spent in Fluent.
    static DATE_FORMATS: std::cell::RefCell<std::collections::HashMap<String, Option<DateTimeFormat>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

#[cfg(target_arch = "wasm32")]
fn set(object: &Object, name: &str, value: JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(name), &value);
}

#[cfg(not(target_arch = "wasm32"))]
fn format_value(value: &FluentValue, _memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let digits = number.options.maximum_fraction_digits.unwrap_or(3);
    Some(civic_core::intl::format_number(
        number.value,
        digits,
        number.options.use_grouping,
    ))
}

#[cfg(not(target_arch = "wasm32"))]
fn datetime<'a>(tag: &str, positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(input) = positional.first() else {
        return FluentValue::Error;
    };
    let FluentValue::String(iso) = input else {
        return input.clone();
    };
    let style = |name: &str| match named.get(name) {
        Some(FluentValue::String(s)) => Some(s.to_string()),
        _ => None,
    };
    let (date, time) = (style("dateStyle"), style("timeStyle"));
    match civic_core::intl::format_datetime(tag, iso, date.as_deref(), time.as_deref()) {
        Some(text) => FluentValue::String(text.into()),
        None => input.clone(),
    }
}
