//! Data table.

use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// A captioned table whose columns (and, with `row_headers`, rows) are labelled with header
/// cells. On narrow screens it scrolls sideways inside its own region, so the page never
/// scrolls in two directions (target A6).
///
/// ARIA: `<table>` with `<caption>` and `<th scope>`; the scrolling wrapper is a `region`
/// named after the caption and is focusable (`tabindex="0"`), so keyboard users can scroll it.
/// Keyboard: `Tab` reaches the region; arrow keys scroll it.
///
/// ```ignore
/// view! { <DataTable caption="Fees".into() head=vec!["Service".into(), "Fee".into()] rows=rows row_headers=true /> }
/// ```
#[component]
pub fn DataTable(
    caption: String,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    #[prop(optional)] row_headers: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = {
        let caption = caption.clone();
        move || i18n.t_args(msg::TABLE_REGION, &[("caption", caption.clone().into())])
    };
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i == 0 && row_headers {
                        view! { <th scope="row">{cell}</th> }.into_any()
                    } else {
                        view! { <td>{cell}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="cp-table" role="region" aria-label=label tabindex="0">
            <table class="cp-table__table">
                <caption class="cp-table__caption">{caption}</caption>
                <thead>
                    <tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
