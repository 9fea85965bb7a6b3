//! Accessibility of single-page navigation (targets A1–A3, A10): the document title, the
//! live region that announces each new page, and where focus goes.
//!
//! Pages render [`PageHeading`] once their content is known. It sets `document.title`
//! (through [`crate::head`]), renders the page's `<h1>`, and tells the [`Announcer`] that a
//! view was shown. On every view after the first, the announcer puts the title in a polite
//! live region and moves focus to the `<h1>`, so that keyboard and screen-reader users start
//! reading the new page instead of staying on the link they activated. A change of interface
//! language keeps the same page (same path without locale prefix): focus stays where it was.

mod focus;

use civic_core::locale;
use leptos::prelude::*;

use crate::head;
use crate::router::use_location;

use crate::i18n::{msg, use_i18n};
use crate::site::use_site;

pub use focus::{after_render, focus_by_id, focus_main};

/// The id of the `<h1>` that receives focus after a navigation.
pub const MAIN_HEADING_ID: &str = "main-heading";
/// The id of the `<main>` element, target of the skip link.
pub const MAIN_ID: &str = "main";

/// Remembers the last view shown, owns the document title and feeds the live region.
///
/// It lives as long as the app, so the document title never depends on a signal of a page
/// that has been unmounted.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
    last_view: StoredValue<Option<String>>,
    title: RwSignal<String>,
}

impl Announcer {
    /// Records that the view at `path` (locale prefix removed) is shown with `title`.
    fn view_shown(&self, path: String, title: String) {
        self.title.set(title.clone());
        let previous = self.last_view.get_value();
        self.last_view.set_value(Some(path.clone()));
        match previous {
            None => {}                 // first load: the screen reader reads the page
            Some(p) if p == path => {} // same page, e.g. the language changed
            Some(_) => {
                // Clear first so that the same title twice is announced twice.
                self.message.set(String::new());
                let message = self.message;
                focus::after_render(move || {
                    // Spoken, not laid out: without Fluent's isolation marks.
                    message.set(civic_core::l10n::without_isolation(&title));
                    focus::focus_by_id(MAIN_HEADING_ID);
                });
            }
        }
    }
}

/// Provides the [`Announcer`], sets the document title ("page | site name") and renders the
/// live region. Place it once, outside any conditional content, so the region exists from
/// the first load.
///
/// ARIA: `role="status"` (polite, atomic), visually hidden.
#[component]
pub fn RouteAnnouncer() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let announcer = Announcer {
        message: RwSignal::new(String::new()),
        last_view: StoredValue::new(None),
        title: RwSignal::new(String::new()),
    };
    provide_context(announcer);
    let document_title = Signal::derive(move || {
        let page = announcer.title.get();
        if page.is_empty() {
            site.name()
        } else {
            i18n.t_args(
                msg::DOCUMENT_TITLE,
                &[("page", page.into()), ("site", site.name().into())],
            )
        }
    });
    head::title(document_title);
    view! {
        <div class="cp-visually-hidden" role="status" aria-live="polite" aria-atomic="true"
            data-testid="route-announcer">
            {move || announcer.message.get()}
        </div>
    }
}

/// The page's `<h1>`; also gives its text to the [`Announcer`] for the document title. Render it when the page's content is known (also
/// in error states, with the error as the title).
///
/// The heading has `tabindex="-1"` so focus can be moved to it after a navigation; it is not
/// in the tab order.
#[component]
pub fn PageHeading(
    /// The page title, also used for `document.title` as "title | site name".
    #[prop(into)]
    text: Signal<String>,
    /// A longer title for `document.title` and the announcement than the heading ("Step 2 of
    /// 9 – Legal framework – Survey"); default: `text`.
    #[prop(optional, into)]
    document_title: Option<Signal<String>>,
) -> impl IntoView {
    let announcer = expect_context::<Announcer>();
    let location = use_location();
    // The pre-renderer runs no effects: it takes the title now, for the page's <title>.
    #[cfg(not(target_arch = "wasm32"))]
    announcer
        .title
        .set(untrack(|| document_title.unwrap_or(text).get()));
    Effect::new(move |_| {
        let title = document_title.unwrap_or(text).get();
        // The view is the path without locale prefix plus the query (`/news?page=2`), so a
        // change of page number is a new view but a change of language is not.
        let (_, path) = locale::split_path(&location.pathname.get_untracked());
        let query = location.search.get_untracked();
        let view = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        announcer.view_shown(view, title);
    });
    view! {
        <h1 id=MAIN_HEADING_ID tabindex="-1" class="cp-page-heading">{move || text.get()}</h1>
    }
}
