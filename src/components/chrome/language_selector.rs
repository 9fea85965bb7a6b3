//! Language selector (targets A5, I2).

use civic_core::locale;
use leptos::prelude::*;

use crate::a11y::{after_render, focus_by_id};
use crate::backend::use_backend;
use crate::router::{self, use_location, Route};

use crate::i18n::{msg, use_i18n};

/// A list of links to the same page in each shipped language; on narrow screens (below
/// 40rem, when scripts run) a disclosure: a button naming the current language in its own
/// name, with a globe, that shows and hides the list, as in the Japanese Digital Agency's
/// design system. Without JavaScript the list is always shown.
///
/// Each link names its language in that language ("日本語") and carries `lang` and
/// `hreflang`; the current language has `aria-current="true"`. Following a link changes the
/// URL prefix only, so the visitor stays on the same page; the scroll position is kept
/// (`data-noscroll`) and, because the links are never re-created, so is focus. If the new
/// language cannot be loaded, an alert (`role="alert"`) says so and the current language
/// stays. The choice is remembered for the visitor's next arrival at `/` (target I1).
/// Pressing a link (`pointerdown`: a finger touching it, a mouse button going down) starts
/// downloading that language's strings and the page's content in it, so that the switch on
/// release has less to wait for; nothing changes until the link is followed.
///
/// ARIA: `<nav>` landmark labelled "Language"; on narrow screens the disclosure pattern: a
/// `<button>` with `aria-expanded` and `aria-controls` naming the list, named "Language:"
/// (visually hidden, in the interface language) and the current language (its own `lang`).
/// Keyboard: ordinary links; `Enter`/`Space` on the button opens or closes the list;
/// `Escape` inside it closes it and returns focus to the button; choosing a language, or
/// moving focus out of the selector, closes it (focus then goes to the button, never to the
/// page's start).
///
/// ```ignore
/// view! { <LanguageSelector /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-language_selector` (`scripts/build-gallery.sh`).
#[component]
pub fn LanguageSelector() -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let location = use_location();
    let rest = Memo::new(move |_| locale::split_path(&location.pathname.get()).1);
    let open = RwSignal::new(false);
    // Choosing a language navigates: the list closes, and focus, if it was in the list that
    // is now hidden, goes to the button.
    Effect::new(move |first: Option<()>| {
        location.pathname.track();
        if first.is_some() && open.get_untracked() {
            open.set(false);
            after_render(|| {
                if focus_in(LIST_ID) {
                    focus_by_id(TOGGLE_ID);
                }
            });
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            focus_by_id(TOGGLE_ID);
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        if open.get_untracked() && !focus_stays_in(&ev) {
            open.set(false);
        }
    };
    let items = locale::listed()
        .map(|info| {
            let href = move || {
                let query = location.search.get();
                let path = locale::localized_path(info.tag, &rest.get());
                if query.is_empty() {
                    path
                } else {
                    format!("{path}?{query}")
                }
            };
            let current = move || (i18n.locale().tag == info.tag).then_some("true");
            let preload = move |_| {
                let path = locale::localized_path(info.tag, &rest.get_untracked());
                let news_page = router::news_page_of(&path, &location.search.get_untracked());
                i18n.preload(info, backend.warm(info, Route::of(&path), news_page));
            };
            view! {
                <li class="cp-language__item">
                    <a class="cp-language__link" href=href lang=info.tag hreflang=info.tag
                        aria-current=current data-noscroll="" on:pointerdown=preload
                        on:click=move |_| i18n.remember(info)>
                        {info.native_name}
                    </a>
                </li>
            }
        })
        .collect_view();
    let failure = move || {
        i18n.load_error().map(|failed| {
            view! {
                <p class="cp-language__error" role="alert">
                    // An alert is read out: no isolation marks (see `l10n::without_isolation`).
                    {civic_core::l10n::without_isolation(&i18n.t_args(msg::I18N_LOAD_FAILED, &[("language", failed.native_name.into())]))}
                </p>
            }
        })
    };
    let current = move || i18n.locale();
    view! {
        <nav class="cp-language" aria-label=move || i18n.t(msg::LANGUAGE_SELECTOR_LABEL)
            on:keydown=on_keydown on:focusout=on_focusout>
            <button type="button" class="cp-language__toggle" id=TOGGLE_ID aria-controls=LIST_ID
                aria-expanded=move || if open.get() { "true" } else { "false" }
                data-testid="language-toggle"
                on:click=move |_| open.update(|o| *o = !*o)>
                <svg class="cp-language__globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9.5"></circle>
                    <ellipse cx="12" cy="12" rx="4.5" ry="9.5"></ellipse>
                    <path d="M2.5 12h19M4 7h16M4 17h16"></path>
                </svg>
                <span class="cp-visually-hidden">{move || i18n.t(msg::LANGUAGE_SELECTOR_LABEL)}": "</span>
                <span lang=move || current().tag>{move || current().native_name}</span>
                <span class="cp-language__chevron" aria-hidden="true"></span>
            </button>
            <ul class="cp-language__list" id=LIST_ID data-open=move || if open.get() { "true" } else { "false" }>{items}</ul>
            {failure}
        </nav>
    }
}

const LIST_ID: &str = "language-list";
const TOGGLE_ID: &str = "language-toggle";

/// Whether the focused element is inside the element `id` (or nothing has focus: the list
/// that held it was just hidden).
fn focus_in(id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match (document.active_element(), document.get_element_by_id(id)) {
        (Some(active), Some(list)) => {
            list.contains(Some(&active))
                || document
                    .body()
                    .is_some_and(|b| b.is_same_node(Some(&active)))
        }
        (None, _) => true,
        _ => false,
    }
}

/// Whether focus moves to another element of the selector (`relatedTarget` of a focusout).
fn focus_stays_in(ev: &leptos::ev::FocusEvent) -> bool {
    use wasm_bindgen::JsCast;
    let (Some(nav), Some(next)) = (ev.current_target(), ev.related_target()) else {
        return false;
    };
    match (
        nav.dyn_ref::<web_sys::Node>(),
        next.dyn_ref::<web_sys::Node>(),
    ) {
        (Some(nav), Some(next)) => nav.contains(Some(next)),
        _ => false,
    }
}

crate::components::examples! {
    "default" => {
        view! { <LanguageSelector /> }
    },
}
