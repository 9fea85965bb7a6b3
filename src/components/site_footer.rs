//! Site footer with the site-policy links (same place on every page, target A9).

use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// The contentinfo landmark: links to the site policies and the copyright line.
///
/// ARIA: `<footer>` (contentinfo) containing a `<nav>` labelled "About this website".
/// Keyboard: ordinary links.
///
/// ```ignore
/// view! { <SiteFooter /> }
/// ```
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let links: [(&'static str, &'static str); 3] = [
        ("/pages/accessibility", msg::FOOTER_ACCESSIBILITY),
        ("/pages/multilingual-support", msg::FOOTER_MULTILINGUAL),
        ("/pages/city-diplomacy", msg::FOOTER_CITY_DIPLOMACY),
    ];
    let items = links
        .into_iter()
        .map(|(path, label)| {
            view! {
                <li class="cp-footer__item">
                    <a class="cp-footer__link" href=move || i18n.href(path)>{move || i18n.t(label)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <footer class="cp-footer">
            <div class="cp-container">
                <nav aria-label=move || i18n.t(msg::FOOTER_POLICIES_LABEL)>
                    <ul class="cp-footer__list">{items}</ul>
                </nav>
                <p class="cp-footer__copyright">
                    {move || i18n.t(msg::FOOTER_COPYRIGHT)}
                </p>
            </div>
        </footer>
    }
}
