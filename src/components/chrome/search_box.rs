//! Site search box.

use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};
use crate::router::{query_param, use_navigate};

/// The search box of the header (and of the search page): a labelled search field and a
/// button. It is a real `<form method="get">` to `/<locale>/search`, so it works as a plain
/// link without the app; with the app, submitting navigates in place.
///
/// ARIA: `<form role="search">` (search landmark) labelled "Search this site"; the field's
/// label is visually hidden on the header's compact box. Keyboard: type, then `Enter` or the
/// button.
///
/// ```ignore
/// view! { <SearchBox id="header-search" /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-search_box` (`scripts/build-gallery.sh`).
#[component]
pub fn SearchBox(
    /// The field's id (the header's and the search page's boxes differ).
    id: &'static str,
    /// Show the label (the search page) or keep it for screen readers (the header).
    #[prop(optional)]
    visible_label: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let current = query_param("q");
    let value = RwSignal::new(String::new());
    // The field shows the search being looked at.
    Effect::new(move |_| value.set(current.get().unwrap_or_default()));
    let action = move || i18n.href("/search");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = value.get_untracked();
        let q = q.trim();
        let encoded: String = js_encode(q);
        navigate(&format!("{}?q={encoded}", i18n.href("/search")));
    };
    let label_class = if visible_label {
        "cp-search__label"
    } else {
        "cp-search__label cp-visually-hidden"
    };
    view! {
        <form class="cp-search" role="search" method="get" action=action on:submit=submit
            aria-label=move || i18n.t(msg::SEARCH_LABEL)>
            <label class=label_class for=id>{move || i18n.t(msg::SEARCH_LABEL)}</label>
            <span class="cp-search__row">
                <input class="cp-input cp-search__input" type="search" id=id name="q" maxlength="200"
                    autocomplete="off" enterkeyhint="search"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev)) />
                <button type="submit" class="cp-button cp-search__button">{move || i18n.t(msg::SEARCH_BUTTON)}</button>
            </span>
        </form>
    }
}

/// `q` for a query string.
fn js_encode(q: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::encode_uri_component(q).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        q.to_string()
    }
}

crate::components::examples! {
    "default" => {
        view! { <SearchBox id="gallery-search" /> }
    },
    "visible-label" => {
        view! { <SearchBox id="gallery-search" visible_label=true /> }
    },
}
