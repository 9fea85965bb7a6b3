//! Site-wide emergency banner.

use civic_core::content::EmergencyLevel;
use leptos::prelude::*;

use crate::components::content::blocks::inlines;
use crate::i18n::{msg, use_i18n};
use crate::site::use_site;

/// The emergency message of the site settings (a storm warning, an evacuation order), shown
/// at the top of every page, below the skip link, while the settings carry one. It is part of
/// the page, not an overlay: it never covers content or the focused element.
///
/// ARIA: a `<section>` (region) labelled by its heading. It is deliberately not a live
/// region: it is read in order at page load, before the page content, and never interrupts
/// or moves focus. Keyboard: links only.
///
/// ```ignore
/// view! { <EmergencyBanner /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-emergency_banner` (`scripts/build-gallery.sh`).
#[component]
pub fn EmergencyBanner() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    move || {
        let emergency = site.settings()?.emergency?;
        let class = match emergency.level {
            EmergencyLevel::Warning => "cp-emergency",
            EmergencyLevel::Critical => "cp-emergency cp-emergency--critical",
        };
        let updated = emergency.updated.clone().map(|date| {
            let text = i18n.t_args(msg::EMERGENCY_UPDATED, &[("date", date.clone().into())]);
            view! { <p class="cp-emergency__updated"><time datetime=date>{text}</time></p> }
        });
        Some(view! {
            <section class=class aria-labelledby="cp-emergency-title" data-testid="emergency-banner">
                <div class="cp-container">
                    <p class="cp-emergency__label">{i18n.t(msg::EMERGENCY_LABEL)}</p>
                    <h2 id="cp-emergency-title" class="cp-emergency__title">{emergency.title}</h2>
                    <p>{inlines(emergency.content)}</p>
                    {updated}
                </div>
            </section>
        })
    }
}

crate::components::examples! {
    "default" => {
        view! { <EmergencyBanner /> }
    },
}
