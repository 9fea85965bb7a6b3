//! Tabs: a row of tabs, each showing one panel, of which one is shown at a time.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::a11y::focus_by_id;

/// Numbers the tab sets of the document, so that the ids of their tabs and panels are unique
/// on the page however many tab sets it has (and across re-renders).
static NEXT_TABS: AtomicUsize = AtomicUsize::new(0);

/// Natively: numbers the tab sets of the next page from 0, as the browser does on that page
/// (its ids must be the pre-rendered ones for hydration).
#[cfg(not(target_arch = "wasm32"))]
pub fn reset_ids() {
    NEXT_TABS.store(0, Ordering::Relaxed);
}

/// One tab: its title and the content of the panel it shows.
pub struct Tab {
    pub title: String,
    pub panel: AnyView,
}

/// Panels of which one is shown at a time, chosen from a row of tabs (the first at first).
/// The tabs wrap onto more lines on narrow screens, so they never scroll sideways. All panels
/// are rendered; those not selected are `hidden`.
///
/// ARIA: WAI-ARIA tabs pattern with automatic activation. A `role="tablist"` named by
/// `aria-label` holds `<button role="tab">`s with `aria-selected` and `aria-controls` naming
/// their panel; each `role="tabpanel"` is labelled by its tab (`aria-labelledby`) and
/// focusable (`tabindex="0"`) so that a panel without links can be reached. Roving tabindex:
/// only the selected tab is in the tab order (`tabindex="0"`, the others `-1`).
/// Keyboard: `Tab` moves to the selected tab, then to its panel; `ArrowRight`/`ArrowLeft`
/// select and focus the next/previous tab, wrapping around (swapped in right-to-left text);
/// `Home`/`End` the first/last; a click selects a tab too.
///
/// ```ignore
/// let tabs = vec![
///     Tab { title: "Before".into(), panel: view! { <p>"Fix furniture."</p> }.into_any() },
///     Tab { title: "During".into(), panel: view! { <p>"Drop, cover, hold on."</p> }.into_any() },
/// ];
/// view! { <Tabs label="Before, during and after an earthquake".to_string() tabs=tabs /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-tabs` (`scripts/build-gallery.sh`).
#[component]
pub fn Tabs(
    /// What the tabs are about: the accessible name of the tab list (not shown).
    label: String,
    tabs: Vec<Tab>,
) -> impl IntoView {
    let set = NEXT_TABS.fetch_add(1, Ordering::Relaxed);
    let tab_id = move |i: usize| format!("cp-tabs-{set}-tab-{i}");
    let panel_id = move |i: usize| format!("cp-tabs-{set}-panel-{i}");
    let count = tabs.len();
    let selected = RwSignal::new(0usize);
    let is_selected = move |i: usize| selected.get() == i;

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if count == 0 || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
            return;
        }
        let current = selected.get_untracked();
        let (next, previous) = ((current + 1) % count, (current + count - 1) % count);
        let target = match ev.key().as_str() {
            "ArrowRight" if is_rtl(&ev) => previous,
            "ArrowRight" => next,
            "ArrowLeft" if is_rtl(&ev) => next,
            "ArrowLeft" => previous,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        selected.set(target);
        focus_by_id(&tab_id(target));
    };

    let (titles, panels): (Vec<_>, Vec<_>) = tabs
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            let title = view! {
                <button type="button" role="tab" class="cp-tabs__tab" id=tab_id(i)
                    aria-controls=panel_id(i)
                    aria-selected=move || if is_selected(i) { "true" } else { "false" }
                    tabindex=move || if is_selected(i) { "0" } else { "-1" }
                    on:click=move |_| selected.set(i)>
                    {tab.title}
                </button>
            };
            let panel = view! {
                <div role="tabpanel" class="cp-tabs__panel" id=panel_id(i)
                    aria-labelledby=tab_id(i) tabindex="0" hidden=move || !is_selected(i)>
                    {tab.panel}
                </div>
            };
            (title, panel)
        })
        .unzip();

    view! {
        <div class="cp-tabs">
            <div role="tablist" class="cp-tabs__list" aria-label=label on:keydown=on_keydown>
                {titles}
            </div>
            {panels}
        </div>
    }
}

/// Whether the tab list the key event reached is laid out right to left (the nearest `dir`
/// attribute: `<html dir>` of the interface language, or a content-language wrapper).
fn is_rtl(ev: &leptos::ev::KeyboardEvent) -> bool {
    ev.current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[dir]").ok().flatten())
        .and_then(|el| el.get_attribute("dir"))
        .is_some_and(|dir| dir.eq_ignore_ascii_case("rtl"))
}

crate::components::examples! {
    "default" => {
        let tabs = vec![
            Tab {
                title: "Residents".into(),
                panel: view! { <p>"Services for people who live in the city."</p> }.into_any(),
            },
            Tab {
                title: "Businesses".into(),
                panel: view! { <p>"Permits, tenders and support."</p> }.into_any(),
            },
            Tab {
                title: "Visitors".into(),
                panel: view! { <p>"Getting here and getting around."</p> }.into_any(),
            },
        ];
        view! { <Tabs label="Who is it for".to_string() tabs=tabs /> }
    },
    "long-text" => {
        let tabs = vec![
            Tab {
                title: LONG.into(),
                panel: view! { <p>{LONG}</p> }.into_any(),
            },
            Tab {
                title: "Short".into(),
                panel: view! { <p>"A short panel."</p> }.into_any(),
            },
        ];
        view! { <Tabs label=LONG.to_string() tabs=tabs /> }
    },
}
