//! A form's published results (`/:lang/forms/:id/results`, target X7): how many responses,
//! and for each choice question a bar chart and a table of how many chose each option, with
//! the labels of the form in the visitor's language. The counts come from the backend
//! (`GET <forms_url>/forms/<id>/results`), which never sends free text and withholds small
//! counts; loading, not found and every failure look like any other remote content.

use civic_core::content::{FormDefinition, QuestionKind, SurveyResults};
use civic_core::forms::results::{is_counted, option_values, percent};
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::backend::{use_backend, Remote};
use crate::components::content::bar_chart::{Bar, BarChart};
use crate::components::content::content_language::ContentLanguageNotice;
use crate::components::content::data_table::DataTable;
use crate::components::content::load_state::remote;
use crate::i18n::{msg, use_i18n, I18n};
use crate::t;

/// `/:lang/forms/:id/results`.
#[component]
pub fn ResultsPage(
    /// The form id of the route.
    id: Memo<String>,
) -> impl IntoView {
    move || {
        let id = id.get();
        view! { <ResultsById id=id /> }
    }
}

#[component]
fn ResultsById(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let data = Remote::new(
        move || i18n.locale(),
        move |locale| {
            let id = id.clone();
            async move {
                let (def, results) =
                    futures::future::join(backend.form(locale, &id), backend.results(&id)).await;
                Ok((def?, results?))
            }
        },
    );
    remote(data, move |(def, results)| {
        let shown_in = def.locale.clone();
        view! {
            <ContentLanguageNotice content_locale=shown_in />
            <ResultsView def=def results=results />
        }
        .into_any()
    })
}

/// The label of option `value` of `kind` in the form's language.
fn option_label(i18n: I18n, def: &FormDefinition, id: &str, value: &str) -> String {
    let question = def
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .find(|q| q.id == id);
    match question {
        Some(q) if q.kind == QuestionKind::YesNo => i18n.t(if value == "yes" {
            msg::FORM_YES
        } else {
            msg::FORM_NO
        }),
        Some(q) => q
            .options
            .iter()
            .find(|o| o.value == value)
            .map_or_else(|| value.to_string(), |o| o.label.clone()),
        None => value.to_string(),
    }
}

#[component]
fn ResultsView(def: FormDefinition, results: SurveyResults) -> impl IntoView {
    let i18n = use_i18n();
    let form_title = def.title.clone();
    let heading = {
        let title = form_title.clone();
        Signal::derive(move || i18n.t_args(msg::RESULTS_TITLE, &[("form", title.clone().into())]))
    };
    let responses = results.responses;
    let min = results.min_count;
    let generated = results.generated_at.clone();
    let lead = move || {
        civic_core::l10n::without_isolation(&i18n.t_args(
            msg::RESULTS_LEAD,
            &[
                ("responses", responses.into()),
                ("time", generated.clone().into()),
            ],
        ))
    };
    let withheld =
        Signal::derive(move || i18n.t_args(msg::RESULTS_FEWER_THAN, &[("min", min.into())]));
    let value = Callback::new(move |(count, share): (u64, u32)| {
        i18n.t_args(
            msg::RESULTS_COUNT_SHARE,
            &[("count", count.into()), ("share", share.into())],
        )
    });
    let form_href = {
        let id = def.id.clone();
        move || i18n.href(&format!("/forms/{id}"))
    };
    let questions = def
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .filter(|q| is_counted(q))
        .filter_map(|q| {
            let counted = results.questions.iter().find(|r| r.id == q.id)?;
            let heading_id = format!("rq-{}", q.id);
            let answered = counted.answered;
            let bars: Vec<Bar> = option_values(q)
                .iter()
                .map(|value| {
                    let count = counted
                        .options
                        .iter()
                        .find(|o| o.value == *value)
                        .and_then(|o| o.count.filter(|_| answered.is_some()));
                    Bar {
                        label: option_label(i18n, &def, &q.id, value),
                        count,
                        share: count.map_or(0, |c| percent(c, answered.unwrap_or(0))),
                    }
                })
                .collect();
            let rows: Vec<Vec<String>> = bars
                .iter()
                .map(|b| match b.count {
                    Some(c) => vec![b.label.clone(), i18n.t_args(msg::RESULTS_NUMBER, &[("count", c.into())]), i18n.t_args(msg::RESULTS_SHARE, &[("share", b.share.into())])],
                    None => vec![b.label.clone(), withheld.get_untracked(), "–".to_string()],
                })
                .collect();
            let summary = move || match answered {
                Some(n) => i18n.t_args(msg::RESULTS_ANSWERED, &[("answered", n.into())]),
                None => i18n.t_args(msg::RESULTS_QUESTION_WITHHELD, &[("min", min.into())]),
            };
            let several = (q.kind == QuestionKind::Checkboxes)
                .then(|| view! { <p class="cp-results__note">{t!(RESULTS_SEVERAL)}</p> });
            let label = q.label.clone();
            let table = answered.map(|_| {
                view! {
                    <details class="cp-results__table">
                        <summary>{t!(RESULTS_TABLE_SHOW)}</summary>
                        <DataTable caption=label.clone()
                            head=vec![i18n.t(msg::RESULTS_TABLE_ANSWER), i18n.t(msg::RESULTS_TABLE_COUNT), i18n.t(msg::RESULTS_TABLE_SHARE)]
                            rows=rows row_headers=true />
                    </details>
                }
            });
            Some(view! {
                <section class="cp-results__question" data-question=q.id.clone()>
                    <h2 id=heading_id.clone()>{q.label.clone()}</h2>
                    <p class="cp-results__answered">{summary}</p>
                    {several}
                    {answered.map(|_| view! { <BarChart labelled_by=heading_id.clone() bars=bars value=value withheld=withheld /> })}
                    {table}
                </section>
            })
        })
        .collect_view();
    let body = if responses == 0 {
        view! {
            <div class="cp-results__empty" data-testid="results-empty">
                <h2>{t!(RESULTS_NONE_TITLE)}</h2>
                <p>{t!(RESULTS_NONE_BODY)}</p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p class="cp-results__privacy">{move || i18n.t_args(msg::RESULTS_WITHHELD_NOTE, &[("min", min.into())])}</p>
            <div lang=def.locale.clone()>{questions}</div>
        }
        .into_any()
    };
    view! {
        <div class="cp-results" data-testid="results">
            <PageHeading text=heading />
            <p class="cp-page__lead" data-testid="results-lead">{lead}</p>
            {body}
            <p><a href=form_href>{t!(RESULTS_BACK_TO_FORM)}</a></p>
        </div>
    }
}
