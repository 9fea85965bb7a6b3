//! Buttons.

use leptos::prelude::*;

/// The look of a [`Button`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ButtonStyle {
    /// The main action of a page ("Continue", "Send").
    Primary,
    /// Other actions ("Start again").
    Secondary,
}

/// A `<button>` that can be busy: while `busy`, it says so (its label changes to
/// `busy_label`) and further clicks are ignored (a double click never submits twice), but it
/// stays focusable and in the tab order (`aria-disabled`, not `disabled`, so focus is not lost).
///
/// ARIA: native button; `aria-disabled="true"` while busy. Keyboard: `Enter`/`Space`.
///
/// ```ignore
/// view! { <Button kind="submit" busy=sending busy_label=sending_text>{t!(FORM_SEND)}</Button> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-button` (`scripts/build-gallery.sh`).
#[component]
pub fn Button(
    /// `submit` inside a form, otherwise `button`.
    #[prop(default = "button")]
    kind: &'static str,
    #[prop(default = ButtonStyle::Primary)] style: ButtonStyle,
    #[prop(optional, into)] busy: Signal<bool>,
    #[prop(optional, into)] busy_label: Option<Signal<String>>,
    #[prop(optional)] on_click: Option<Callback<()>>,
    #[prop(optional)] test_id: Option<&'static str>,
    /// The element id (to move focus to the button).
    #[prop(optional)]
    id: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let class = match style {
        ButtonStyle::Primary => "cp-button",
        ButtonStyle::Secondary => "cp-button cp-button--secondary",
    };
    view! {
        <button type=kind class=class data-testid=test_id id=id
            aria-disabled=move || busy.get().then_some("true")
            on:click=move |ev| {
                if busy.get_untracked() {
                    ev.prevent_default();
                } else if let Some(cb) = on_click {
                    cb.run(());
                }
            }>
            {move || match (busy.get(), busy_label) {
                (true, Some(label)) => label.get().into_any(),
                _ => children().into_any(),
            }}
        </button>
    }
}

crate::components::examples! {
    "default" => {
        view! { <Button>"Save and continue"</Button> }
    },
    "secondary" => {
        view! { <Button style=ButtonStyle::Secondary>"Start again"</Button> }
    },
    "busy" => {
        let label = Signal::derive(|| "Sending…".to_string());
        view! { <Button busy=true busy_label=label>"Send"</Button> }
    },
    "long-text" => {
        view! { <Button>{LONG}</Button> }
    },
}
