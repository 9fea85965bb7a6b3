//! Language selector (targets A5, I2).

use civic_core::locale;
use leptos::prelude::*;

use crate::backend::use_backend;
use crate::router::{self, use_location, Route};

use crate::i18n::{msg, use_i18n};

/// A list of links to the same page in each shipped language.
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
/// ARIA: `<nav>` landmark labelled "Language". Keyboard: ordinary links.
///
/// ```ignore
/// view! { <LanguageSelector /> }
/// ```
#[component]
pub fn LanguageSelector() -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let location = use_location();
    let rest = Memo::new(move |_| locale::split_path(&location.pathname.get()).1);
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
    view! {
        <nav class="cp-language" aria-label=move || i18n.t(msg::LANGUAGE_SELECTOR_LABEL)>
            <ul class="cp-language__list">{items}</ul>
            {failure}
        </nav>
    }
}
