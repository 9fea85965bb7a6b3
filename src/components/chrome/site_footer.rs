//! Site footer with the site-policy links and the city's contact details (same place on
//! every page, target A9).

use civic_core::content::{is_safe_href, Link};
use leptos::prelude::*;

use crate::components::content::contact_card::ContactCard;
use crate::i18n::{msg, use_i18n};
use crate::site::use_site;

/// The contentinfo landmark: links from the site settings (policies, cookies, contact), the
/// "Cookie settings" link that reopens the consent choices on every page (C7), the city's
/// contact details and the copyright line. Until the settings load, the built-in
/// accessibility and multilingual-support links stand in.
///
/// ARIA: `<footer>` (contentinfo) containing a `<nav>` labelled "About this website" and a
/// contact section. Keyboard: ordinary links.
///
/// ```ignore
/// view! { <SiteFooter /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-site_footer` (`scripts/build-gallery.sh`).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let links = move || -> Vec<Link> {
        match site.settings() {
            Some(settings) if !settings.footer_links.is_empty() => settings
                .footer_links
                .into_iter()
                .filter(|l| is_safe_href(&l.href))
                .collect(),
            _ => vec![
                Link {
                    label: i18n.t(msg::FOOTER_ACCESSIBILITY),
                    href: i18n.href("/pages/accessibility"),
                },
                Link {
                    label: i18n.t(msg::FOOTER_MULTILINGUAL),
                    href: i18n.href("/pages/multilingual-support"),
                },
            ],
        }
    };
    let contact = move || {
        site.settings()
            .map(|s| view! { <ContactCard contact=s.contact heading_level=2 /> })
    };
    view! {
        <footer class="cp-footer">
            <div class="cp-container">
                <nav aria-label=move || i18n.t(msg::FOOTER_POLICIES_LABEL)>
                    <ul class="cp-footer__list">
                        <For each=links key=|l| (l.href.clone(), l.label.clone()) let:link>
                            <li class="cp-footer__item">
                                <a class="cp-footer__link" href=link.href.clone()>{link.label.clone()}</a>
                            </li>
                        </For>
                        <li class="cp-footer__item">
                            <a class="cp-footer__link" href=move || i18n.href("/cookie-settings") data-testid="footer-cookie-settings">
                                {move || i18n.t(msg::CONSENT_SETTINGS_LINK)}
                            </a>
                        </li>
                    </ul>
                </nav>
                <div class="cp-footer__contact">{contact}</div>
                <p class="cp-footer__copyright">{move || i18n.t(msg::FOOTER_COPYRIGHT)}</p>
            </div>
        </footer>
    }
}

crate::components::examples! {
    "default" => {
        view! { <SiteFooter /> }
    },
}
