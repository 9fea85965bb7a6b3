//! Multi-line text with an optional character count.

use civic_core::forms::chars_left;
use leptos::prelude::*;

use super::field::Field;
use crate::i18n::{msg, use_i18n};

/// How long after the last keystroke the remaining characters are announced.
const ANNOUNCE_AFTER_MS: u64 = 1200;

/// A labelled `<textarea>`. With `max_length`, a character count under it says how many
/// characters are left, or how many too many (typing more is allowed, so pasted text is
/// never cut; the error appears on continue).
///
/// ARIA: like [`TextInput`](super::text_input::TextInput); the visible count is linked with
/// `aria-describedby`, and a separate polite `role="status"` region repeats it once the
/// visitor pauses typing (GOV.UK's pattern), so a screen reader is not interrupted on each
/// keystroke. Keyboard: native text editing.
///
/// ```ignore
/// view! { <Textarea field=field max_length=Some(2000) value=value on_change=set /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-textarea` (`scripts/build-gallery.sh`).
#[component]
pub fn Textarea(
    field: Field,
    max_length: Option<u32>,
    #[prop(default = 5)] rows: u32,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let count_id = format!("{}-count", field.id);
    let count_text = move |max: u32| {
        let left = value.with(|v| chars_left(max, v));
        if left >= 0 {
            i18n.t_args(msg::FORM_CHARACTERS_LEFT, &[("count", left.into())])
        } else {
            i18n.t_args(msg::FORM_CHARACTERS_OVER, &[("count", (-left).into())])
        }
    };
    let announced = RwSignal::new(String::new());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let input = move |ev: leptos::ev::Event| {
        on_change.run(event_target_value(&ev));
        if let Some(max) = max_length {
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            let handle = set_timeout_with_handle(
                // Spoken, not laid out: without Fluent's isolation marks.
                move || announced.set(civic_core::l10n::without_isolation(&count_text(max))),
                std::time::Duration::from_millis(ANNOUNCE_AFTER_MS),
            )
            .ok();
            timer.set_value(handle);
        }
    };
    let count = max_length.map(|max| {
        let over = move || value.with(|v| chars_left(max, v) < 0);
        view! {
            <p class="cp-count" class:cp-count--over=over id=count_id.clone()>{move || count_text(max)}</p>
            <p class="cp-visually-hidden" role="status">{move || announced.get()}</p>
        }
    });
    view! {
        <div class=field.group_class()>
            <label class="cp-field__label" for=field.id.clone()>{field.label_view()}</label>
            {field.hint_and_error()}
            <textarea class="cp-textarea" id=field.id.clone() name=field.id.clone() rows=rows
                aria-required=field.required.then_some("true")
                aria-describedby=field.described_by(max_length.map(|_| count_id.clone()))
                aria-invalid=field.invalid()
                prop:value=move || value.get() on:input=input></textarea>
            {count}
        </div>
    }
}

crate::components::examples! {
    "default" => {
        let (value, set) = bind(String::new());
        let f = field(
            "message",
            "Your message",
            Some("Do not include personal details such as your bank account."),
            None,
        );
        view! { <Textarea field=f max_length=Some(500) value=value on_change=set /> }
    },
    "over-limit" => {
        let (value, set) = bind(LONG.repeat(3));
        let f = field(
            "message",
            "Your message",
            None,
            Some("Your message must be 200 characters or fewer"),
        );
        view! { <Textarea field=f max_length=Some(200) value=value on_change=set /> }
    },
    "long-text" => {
        let (value, set) = bind(LONG.to_string());
        let f = field("message", LONG, Some(LONG), None);
        view! { <Textarea field=f max_length=None value=value on_change=set /> }
    },
}
