//! Notice shown when content is not available in the interface language (target I9).

use civic_core::locale;
use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// Says that the content below is in another language than the interface, naming both in
/// their own languages (each name marked with its `lang`). Renders nothing when the content
/// is in the interface language, or for pseudo-locales (which always show reference content).
///
/// ARIA: a plain paragraph in a note box, read in order before the content.
/// Keyboard: none.
///
/// ```ignore
/// view! { <ContentLanguageNotice content_locale=page.locale.clone() /> }
/// ```
#[component]
pub fn ContentLanguageNotice(content_locale: String) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let ui = i18n.locale();
        let shown = locale::find(&content_locale)?;
        if ui.pseudo.is_some() || shown.tag == ui.tag {
            return None;
        }
        Some(view! {
            <p class="cp-content-language" data-testid="content-language-notice">
                {i18n.t_args(
                    msg::CONTENT_FALLBACK_NOTICE,
                    &[("language", ui.native_name.into()), ("shown", shown.native_name.into())],
                )}
            </p>
        })
    }
}
