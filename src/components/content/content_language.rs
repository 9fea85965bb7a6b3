//! Notice shown when content is not available in the interface language (target I9).

use std::collections::BTreeMap;

use civic_core::locale;
use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// Says that the page is not available in the interface language and which language it is
/// shown in, and links to every language the page exists in (each link names its language
/// in that language and carries `lang`/`hreflang`). Renders nothing when the content is in
/// the interface language, or for pseudo-locales (which always show reference content).
///
/// ARIA: a note box read in order before the content. Keyboard: links only.
///
/// ```ignore
/// view! { <ContentLanguageNotice content_locale=page.locale.clone() alternates=page.alternates.clone() path=|slug| format!("/pages/{slug}") /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-content_language` (`scripts/build-gallery.sh`).
#[component]
pub fn ContentLanguageNotice(
    content_locale: String,
    /// Locale → slug of the languages the content exists in.
    #[prop(optional)]
    alternates: BTreeMap<String, String>,
    /// The path (without locale prefix) of the content in another language, from its slug.
    #[prop(optional)]
    path: Option<fn(&str) -> String>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let ui = i18n.locale();
        let shown = locale::find(&content_locale)?;
        if ui.pseudo.is_some() || shown.tag == ui.tag {
            return None;
        }
        let links = path.map(|path| {
            alternates
                .iter()
                .filter_map(|(tag, slug)| Some((locale::find(tag)?, slug)))
                .filter(|(info, _)| info.is_listed())
                .map(|(info, slug)| {
                    let href = locale::localized_path(info.tag, &path(slug));
                    view! {
                        <li><a href=href lang=info.tag hreflang=info.tag>{info.native_name}</a></li>
                    }
                })
                .collect_view()
        });
        Some(view! {
            <div class="cp-content-language" data-testid="content-language-notice">
                <p>
                    {i18n.t_args(
                        msg::CONTENT_FALLBACK_NOTICE,
                        &[("language", ui.native_name.into()), ("shown", shown.native_name.into())],
                    )}
                </p>
                {links.map(|links| view! {
                    <p class="cp-content-language__label">{i18n.t(msg::CONTENT_AVAILABLE_IN)}</p>
                    <ul class="cp-content-language__list">{links}</ul>
                })}
            </div>
        })
    }
}

crate::components::examples! {
    "default" => {
        let alternates = [
            ("ja".to_string(), "kokusai".to_string()),
            ("ko".to_string(), "gukje".to_string()),
        ]
        .into_iter()
        .collect();
        view! { <ContentLanguageNotice content_locale="ja".to_string() alternates=alternates path=|slug| format!("/pages/{slug}") /> }
    },
    "without-links" => {
        view! { <ContentLanguageNotice content_locale="ja".to_string() /> }
    },
    "empty" => {
        view! { <ContentLanguageNotice content_locale="en".to_string() /> }
    },
}
