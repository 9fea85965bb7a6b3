//! A date as three text fields (day, month, year), as GOV.UK and the Digital Agency advise.

use civic_core::forms::{join_date, split_date};
use leptos::prelude::*;

use super::field::Field;
use super::fieldset::Fieldset;
use crate::i18n::{msg, use_i18n};

/// Three short numeric inputs in a [`Fieldset`], in the order of the interface language
/// (year, month, day for Japanese, Chinese and Korean; day, month, year for English). The
/// answer is `YYYY-MM-DD`; whatever is typed is kept, even when it is not a date yet.
/// Chosen over `<input type="date">`, whose picker is hard to use with a screen reader and
/// for dates far in the past.
///
/// ARIA: the legend names the group; each field has its own label (Day, Month, Year).
/// Keyboard: `Tab` between the fields; digits only on touch keyboards (`inputmode=numeric`).
///
/// ```ignore
/// view! { <DateInput field=field value=value on_change=set /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-date_input` (`scripts/build-gallery.sh`).
#[component]
pub fn DateInput(
    field: Field,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let parts = move || split_date(&value.get());
    // 0 = year, 1 = month, 2 = day
    let part = move |which: usize| {
        let (y, m, d) = parts();
        [y, m, d][which].clone()
    };
    let set = move |which: usize, text: String| {
        let (mut y, mut m, mut d) = parts();
        match which {
            0 => y = text,
            1 => m = text,
            _ => d = text,
        }
        on_change.run(join_date(&y, &m, &d));
    };
    let order: [usize; 3] = if i18n.locale_untracked().tag == "en" {
        [2, 1, 0]
    } else {
        [0, 1, 2]
    };
    let invalid = field.invalid();
    let inputs = order
        .into_iter()
        .enumerate()
        .map(|(pos, which)| {
            let id = if pos == 0 {
                field.id.clone()
            } else {
                format!("{}-{}", field.id, ["year", "month", "day"][which])
            };
            let label = [
                msg::FORM_DATE_YEAR,
                msg::FORM_DATE_MONTH,
                msg::FORM_DATE_DAY,
            ][which];
            let (width, max) = if which == 0 {
                ("cp-input--year", 4)
            } else {
                ("cp-input--2", 2)
            };
            view! {
                <div class="cp-date__item">
                    <label class="cp-date__label" for=id.clone()>{move || i18n.t(label)}</label>
                    <input class=format!("cp-input {width}") id=id type="text" inputmode="numeric"
                        maxlength=max aria-invalid=invalid
                        prop:value=move || part(which)
                        on:input=move |ev| set(which, event_target_value(&ev)) />
                </div>
            }
        })
        .collect_view();
    view! { <Fieldset field=field><div class="cp-date">{inputs}</div></Fieldset> }
}

crate::components::examples! {
    "default" => {
        let (value, set) = bind("2026-04-01".to_string());
        let f = field(
            "moved",
            "When did you move to Sample City?",
            Some("For example, 27 3 2026"),
            None,
        );
        view! { <DateInput field=f value=value on_change=set /> }
    },
    "error" => {
        let (value, set) = bind("2026-02-30".to_string());
        let f = field(
            "moved",
            "When did you move to Sample City?",
            None,
            Some("The date must be a real date"),
        );
        view! { <DateInput field=f value=value on_change=set /> }
    },
    "long-text" => {
        let (value, set) = bind(String::new());
        let f = field("moved", LONG, Some(LONG), None);
        view! { <DateInput field=f value=value on_change=set /> }
    },
}
