//! Development overlay for translators and developers (targets I3, I7).

use civic_core::locale;
use leptos::prelude::*;

use crate::router::{query_param, use_location};

use crate::i18n::{msg, use_i18n};

/// Lists every translation problem reported during the visit (missing messages and where
/// they were taken from, syntax errors with file and line) and links to the same page in the
/// pseudo-locales. Shown in development builds (`trunk serve`), or in any build once the
/// address has `?l10n-debug`; it then stays for the rest of the visit.
///
/// ARIA: a `<details>` disclosure inside a labelled `<aside>`; collapsed by default so it
/// never covers content. Keyboard: `Enter`/`Space` on the summary toggles it.
///
/// ```ignore
/// view! { <L10nOverlay /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-l10n_overlay` (`scripts/build-gallery.sh`).
#[component]
pub fn L10nOverlay() -> impl IntoView {
    let i18n = use_i18n();
    let debug = query_param("l10n-debug");
    let location = use_location();
    let requested = RwSignal::new(cfg!(debug_assertions));
    Effect::new(move |_| {
        if debug.get().is_some() {
            requested.set(true);
        }
    });
    let rest = Memo::new(move |_| locale::split_path(&location.pathname.get()).1);
    move || {
        requested.get().then(|| {
            let problems = i18n.problems();
            let count = problems.len();
            let pseudo_links = locale::SHIPPED
                .iter()
                .filter(|l| l.pseudo.is_some())
                .map(|l| {
                    let label = match l.pseudo {
                        Some(locale::Pseudo::Bidi) => msg::L10N_OVERLAY_RTL,
                        _ => msg::L10N_OVERLAY_ACCENTED,
                    };
                    view! {
                        <li><a href=move || locale::localized_path(l.tag, &rest.get())>{i18n.t(label)}</a></li>
                    }
                })
                .collect_view();
            view! {
                <aside class="cp-l10n-overlay cp-container" aria-label=i18n.t(msg::L10N_OVERLAY_TITLE)
                    data-testid="l10n-overlay">
                    <details>
                        <summary>
                            {i18n.t(msg::L10N_OVERLAY_TITLE)}": "
                            {i18n.t_args(msg::L10N_OVERLAY_PROBLEMS, &[("count", count.into())])}
                        </summary>
                        <ul class="cp-l10n-overlay__problems" lang="en">
                            {problems.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                        </ul>
                        <p>{i18n.t(msg::L10N_OVERLAY_PSEUDO)}</p>
                        <ul>{pseudo_links}</ul>
                    </details>
                </aside>
            }
        })
    }
}

// The gallery asks for the overlay as `?l10n-debug` does.
crate::components::examples! {
    "default" => {
        view! { <L10nOverlay /> }
    },
}
