//! Notification banners: a message about the whole page (draft restored, form sent).

use leptos::prelude::*;

/// How a banner is announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    /// Neutral information that appeared with the page; a labelled region.
    Info,
    /// Something that just happened (answers restored); `role="status"`, announced
    /// politely without moving focus (target A4).
    Status,
}

/// A banner with a title and any content, placed at the top of the page's content.
///
/// ARIA: `role="region"` labelled by the title (Info) or `role="status"` (Status).
/// Keyboard: none of its own; links and buttons inside work as usual.
///
/// ```ignore
/// view! { <NotificationBanner kind=BannerKind::Status title="Answers restored".into()>"…"</NotificationBanner> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-notification_banner` (`scripts/build-gallery.sh`).
#[component]
pub fn NotificationBanner(
    kind: BannerKind,
    #[prop(into)] title: Signal<String>,
    /// Distinguishes several banners' title ids on one page.
    #[prop(into)]
    id: String,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let (class, role) = match kind {
        BannerKind::Info => ("cp-banner", "region"),
        BannerKind::Status => ("cp-banner cp-banner--status", "status"),
    };
    view! {
        <div class=class role=role aria-labelledby=labelled_by id=id data-kind=role>
            <h2 class="cp-banner__title" id=title_id>{move || title.get()}</h2>
            <div class="cp-banner__body">{children()}</div>
        </div>
    }
}

crate::components::examples! {
    "default" => {
        view! {
            <NotificationBanner kind=BannerKind::Info title="Important".to_string() id="gallery-banner".to_string()>
                <p>"The contact form is closed on 1 January for maintenance."</p>
            </NotificationBanner>
        }

    },
    "status" => {
        view! {
            <NotificationBanner kind=BannerKind::Status title="Your answers were restored".to_string() id="gallery-banner".to_string()>
                <p>"You can go on where you left off."</p>
            </NotificationBanner>
        }

    },
    "long-text" => {
        view! {
            <NotificationBanner kind=BannerKind::Info title=LONG.to_string() id="gallery-banner".to_string()>
                <p>{LONG}</p>
            </NotificationBanner>
        }

    },
}
