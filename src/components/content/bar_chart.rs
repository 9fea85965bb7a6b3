//! Bar chart.

use leptos::prelude::*;

/// One bar: its label, and its count and share, or `None` when the figure is withheld.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub count: Option<u64>,
    /// Whole per cent of the answers, 0 to 100.
    pub share: u32,
}

/// A horizontal bar chart made in the page, no chart library: each bar is a list item with
/// its label and its value as text (so both are always visible, wrap at 320 px and follow the
/// visitor's text size), and the bar itself as an SVG drawn to the share. Pair it with a
/// table of the same figures ([`crate::components::content::data_table::DataTable`]).
///
/// The bars are dark on light (contrast ≥ 4.5:1 with the page) with an outlined track, and
/// in forced colours they take the system's text colour, so they stay visible in Windows'
/// contrast themes. A withheld figure has an empty track and `withheld` as its value.
///
/// ARIA: a list (`<ul>`) named by `labelled_by` (the question's heading); the SVG is
/// decorative (`aria-hidden`), since the label and the value are read as text.
/// Keyboard: nothing to operate; it is not in the tab order.
///
/// ```ignore
/// let bars = vec![Bar { label: "Yes".into(), count: Some(12), share: 60 }];
/// view! { <BarChart labelled_by="rq-has_cdo".into() bars=bars value=value withheld=withheld /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-bar_chart` (`scripts/build-gallery.sh`).
#[component]
pub fn BarChart(
    /// The id of the element that names the chart.
    labelled_by: String,
    bars: Vec<Bar>,
    /// The text of a figure: "12 (60 %)", from the count and the share.
    value: Callback<(u64, u32), String>,
    /// The text of a withheld figure ("fewer than 5").
    #[prop(into)]
    withheld: Signal<String>,
) -> impl IntoView {
    let rows = bars
        .into_iter()
        .map(|bar| {
            let share = bar.count.map_or(0, |_| bar.share.min(100));
            let text = move || match bar.count {
                Some(count) => value.run((count, bar.share)),
                None => withheld.get(),
            };
            view! {
                <li class="cp-chart__row">
                    <span class="cp-chart__label">{bar.label}</span>
                    <span class="cp-chart__bar">
                        <svg class="cp-chart__svg" viewBox="0 0 100 10" preserveAspectRatio="none"
                            aria-hidden="true" focusable="false">
                            <rect class="cp-chart__track" x="0" y="0" width="100" height="10"></rect>
                            <rect class="cp-chart__fill" x="0" y="0" width=share.to_string() height="10"></rect>
                        </svg>
                        <span class="cp-chart__value">{text}</span>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cp-chart" role="list" aria-labelledby=labelled_by>{rows}</ul> }
}

crate::components::examples! {
    "default" => {
        let bars = vec![
            Bar {
                label: "Very satisfied".into(),
                count: Some(42),
                share: 42,
            },
            Bar {
                label: "Satisfied".into(),
                count: Some(35),
                share: 35,
            },
            Bar {
                label: "Not satisfied".into(),
                count: Some(23),
                share: 23,
            },
        ];
        let value = Callback::new(|(count, share): (u64, u32)| format!("{count} ({share} %)"));
        view! {
            <h4 id="gallery-chart">"How satisfied are you with the city's parks?"</h4>
            <BarChart labelled_by="gallery-chart".to_string() bars=bars value=value withheld="fewer than 5".to_string() />
        }

    },
    "withheld" => {
        let bars = vec![
            Bar {
                label: "Yes".into(),
                count: Some(97),
                share: 97,
            },
            Bar {
                label: "No".into(),
                count: None,
                share: 3,
            },
        ];
        let value = Callback::new(|(count, share): (u64, u32)| format!("{count} ({share} %)"));
        view! {
            <h4 id="gallery-chart">"Did you find what you were looking for?"</h4>
            <BarChart labelled_by="gallery-chart".to_string() bars=bars value=value withheld="fewer than 5".to_string() />
        }

    },
    "long-text" => {
        let bars = vec![
            Bar {
                label: LONG.into(),
                count: Some(1_234_567),
                share: 100,
            },
            Bar {
                label: "Other".into(),
                count: Some(0),
                share: 0,
            },
        ];
        let value = Callback::new(|(count, share): (u64, u32)| format!("{count} ({share} %)"));
        view! {
            <h4 id="gallery-chart">{LONG}</h4>
            <BarChart labelled_by="gallery-chart".to_string() bars=bars value=value withheld="fewer than 5".to_string() />
        }

    },
}
