//! The error summary at the top of a form step (target A11).

use leptos::prelude::*;

use crate::a11y::focus_by_id;
use crate::t;

/// The id of the summary, focused after a failed attempt to continue or send.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// One problem: the translated message and the id of the field it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field_id: String,
    pub message: String,
    /// Where the link goes when the field is on another step (check your answers).
    pub href: Option<String>,
}

/// Lists every problem of the step as links to the fields. The form focuses it (by
/// [`ERROR_SUMMARY_ID`]) after each failed attempt, so that the visitor hears how many
/// problems there are and can jump to each.
///
/// ARIA: a `<div tabindex="-1">` labelled by its heading "There is a problem" (focus announces
/// it; no `role=alert`, which would announce it twice). Keyboard: `Tab` through the links;
/// `Enter` on a link moves focus to its field (and scrolls it into view) without changing the URL.
///
/// ```ignore
/// view! { <ErrorSummary problems=problems /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-error_summary` (`scripts/build-gallery.sh`).
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Problem>>) -> impl IntoView {
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|p| {
                    let target = p.field_id.clone();
                    let local = p.href.is_none();
                    let href = p.href.clone().unwrap_or_else(|| format!("#{}", p.field_id));
                    view! {
                        <li>
                            <a href=href on:click=move |ev| {
                                if local {
                                    ev.prevent_default();
                                    focus_by_id(&target);
                                }
                            }>{p.message}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="cp-error-summary" id=ERROR_SUMMARY_ID tabindex="-1"
                    aria-labelledby="error-summary-title">
                    <h2 class="cp-error-summary__title" id="error-summary-title">{t!(FORM_ERROR_SUMMARY_TITLE)}</h2>
                    <ul class="cp-error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

crate::components::examples! {
    "default" => {
        let problems = vec![
            Problem {
                field_id: "name".into(),
                message: "Enter your name".into(),
                href: None,
            },
            Problem {
                field_id: "email".into(),
                message: "Enter an email address in the correct format, like name@example.com"
                    .into(),
                href: None,
            },
        ];
        view! {
            <ErrorSummary problems=problems />
            <p><label for="name">"Name"</label><input id="name" class="cp-input" /></p>
            <p><label for="email">"Email"</label><input id="email" class="cp-input" /></p>
        }

    },
    "long-text" => {
        let problems = vec![Problem {
            field_id: "name".into(),
            message: LONG.into(),
            href: Some("#name".into()),
        }];
        view! { <ErrorSummary problems=problems /> }
    },
    "empty" => {
        let none: Vec<Problem> = Vec::new();
        view! { <ErrorSummary problems=none /> }
    },
}
