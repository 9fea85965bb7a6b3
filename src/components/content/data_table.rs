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
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-data_table` (`scripts/build-gallery.sh`).
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
        move || {
            if caption.is_empty() {
                i18n.t(msg::TABLE_REGION_UNTITLED)
            } else {
                i18n.t_args(msg::TABLE_REGION, &[("caption", caption.clone().into())])
            }
        }
    };
    // A table from a CMS may have no caption and no column headers: then neither is made.
    let caption = (!caption.is_empty())
        .then(|| view! { <caption class="cp-table__caption">{caption}</caption> });
    let head = (!head.is_empty()).then(|| {
        view! {
            <thead>
                <tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
        }
    });
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
                {caption}
                {head}
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

crate::components::examples! {
    "default" => {
        let head = vec![
            "City".to_string(),
            "Country".to_string(),
            "Since".to_string(),
        ];
        let rows = vec![
            vec![
                "Lindenfeld".to_string(),
                "Germany".to_string(),
                "1972".to_string(),
            ],
            vec![
                "Port Alder".to_string(),
                "United States".to_string(),
                "1978".to_string(),
            ],
        ];
        view! { <DataTable caption="Sister cities".to_string() head=head rows=rows /> }

    },
    "row-headers" => {
        let head = vec!["Ward".to_string(), "2025".to_string(), "2026".to_string()];
        let rows = vec![
            vec![
                "Central".to_string(),
                "41,200".to_string(),
                "41,650".to_string(),
            ],
            vec![
                "Harbour".to_string(),
                "28,900".to_string(),
                "29,010".to_string(),
            ],
        ];
        view! { <DataTable caption="Population by ward".to_string() head=head rows=rows row_headers=true /> }
    },
    "long-text" => {
        let head = vec![LONG.to_string(), "Since".to_string()];
        let rows = vec![vec![LONG.to_string(), LONG.to_string()]];
        view! { <DataTable caption=LONG.to_string() head=head rows=rows /> }
    },
    "without-headers" => {
        let rows = vec![
            vec!["Morning market".to_string(), "Daily 5:00–9:00".to_string()],
            vec!["Lantern festival".to_string(), "August".to_string()],
        ];
        view! { <DataTable caption=String::new() head=Vec::new() rows=rows /> }
    },
    "empty" => {
        let head = vec!["City".to_string(), "Country".to_string()];
        view! { <DataTable caption="Sister cities".to_string() head=head rows=Vec::new() /> }

    },
}
