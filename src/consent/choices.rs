//! The per-category choices, with what each service sends to whom.

use std::collections::BTreeMap;

use civic_core::consent::{localized, Category};
use leptos::prelude::*;

use super::use_consent;
use crate::i18n::{msg, use_i18n};

/// One checkbox per category (strictly necessary ones checked, disabled and marked "Always
/// on"), its description, and a table of its services with purpose, data sent, recipient,
/// retention and the cookies and storage keys they set (C5). Nothing optional is pre-ticked
/// unless the visitor allowed it before (C3). When GPC decides a category, the text says so
/// (C11). Buttons: save the choices, accept all, reject all (same size and weight).
///
/// ARIA: each category is a `<section>` with its heading, a checkbox with a visible `<label>`
/// ("Allowed — Usage measurement"), and a services table with a caption and column headers
/// inside a labelled, focusable scrolling region. Keyboard: `Tab` to each checkbox,
/// `Space` toggles; buttons with `Enter`/`Space`.
///
/// ```ignore
/// view! { <ConsentChoices heading_level=3 /> }
/// ```
#[component]
pub fn ConsentChoices(
    /// Level of the category headings (2 on the settings page, 3 in the dialog).
    heading_level: u8,
) -> impl IntoView {
    let consent = use_consent();
    let i18n = use_i18n();
    let choices: RwSignal<BTreeMap<String, bool>> = RwSignal::new(BTreeMap::new());
    // Start from the current decision each time the state changes.
    Effect::new(move |_| {
        if let (Some(config), Some(state)) = (consent.config(), consent.state()) {
            choices.set(
                config
                    .categories
                    .iter()
                    .map(|c| (c.id.clone(), state.allows_category(&config, &c.id)))
                    .collect(),
            );
        }
    });
    let categories = move || {
        let config = consent.config()?;
        let state = consent.state()?;
        let locale = i18n.locale().tag;
        Some(
            config
                .categories
                .iter()
                .map(|c| category_view(c, locale, heading_level, state.off_by_gpc(c), choices))
                .collect_view(),
        )
    };
    view! {
        <form class="cp-consent-choices" on:submit=move |ev| {
            ev.prevent_default();
            consent.save(&choices.get_untracked());
        }>
            {categories}
            <div class="cp-consent__actions">
                <button type="submit" class="cp-button" data-testid="consent-save">{move || i18n.t(msg::CONSENT_SAVE)}</button>
                <button type="button" class="cp-button cp-button--secondary" on:click=move |_| consent.accept_all()>
                    {move || i18n.t(msg::CONSENT_ACCEPT_ALL)}
                </button>
                <button type="button" class="cp-button cp-button--secondary" on:click=move |_| consent.reject_all()>
                    {move || i18n.t(msg::CONSENT_REJECT_ALL)}
                </button>
            </div>
        </form>
    }
}

fn category_view(
    category: &Category,
    locale: &'static str,
    heading_level: u8,
    off_by_gpc: bool,
    choices: RwSignal<BTreeMap<String, bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = category.id.clone();
    let input_id = format!("cp-consent-{id}");
    let required = category.required;
    let name = localized(&category.name, locale).to_string();
    let checked = {
        let id = id.clone();
        move || required || choices.with(|c| c.get(&id).copied().unwrap_or(false))
    };
    let on_change = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            choices.update(|c| {
                c.insert(id.clone(), on);
            });
        }
    };
    let heading = if heading_level <= 2 {
        view! { <h2 class="cp-consent-category__name">{name.clone()}</h2> }.into_any()
    } else {
        view! { <h3 class="cp-consent-category__name">{name.clone()}</h3> }.into_any()
    };
    let rows = category
        .services
        .iter()
        .map(|s| {
            let stored: Vec<String> = s
                .cookies
                .iter()
                .chain(s.storage_keys.iter())
                .cloned()
                .collect();
            view! {
                <tr>
                    <th scope="row">{s.name.clone()}</th>
                    <td>{localized(&s.purpose, locale).to_string()}</td>
                    <td>{localized(&s.data_sent, locale).to_string()}</td>
                    <td>{localized(&s.recipient, locale).to_string()}</td>
                    <td>{localized(&s.retention, locale).to_string()}</td>
                    <td>{stored.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = format!("{} — {}", name, i18n.t(msg::CONSENT_SERVICES_CAPTION));
    let region_label = caption.clone();
    view! {
        <section class="cp-consent-category" data-category=id.clone()>
            {heading}
            <p>{localized(&category.description, locale).to_string()}</p>
            {off_by_gpc.then(|| view! { <p class="cp-consent-category__gpc" data-testid="consent-gpc">{i18n.t(msg::CONSENT_GPC)}</p> })}
            <div class="cp-checkbox">
                <input type="checkbox" id=input_id.clone() prop:checked=checked disabled=required on:change=on_change />
                <label for=input_id>
                    {if required { i18n.t(msg::CONSENT_REQUIRED) } else { i18n.t(msg::CONSENT_ALLOWED) }}
                    " — "{name.clone()}
                </label>
            </div>
            <div class="cp-table" role="region" aria-label=region_label tabindex="0">
                <table class="cp-table__table">
                    <caption class="cp-table__caption">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(msg::CONSENT_SERVICE_NAME)}</th>
                            <th scope="col">{i18n.t(msg::CONSENT_SERVICE_PURPOSE)}</th>
                            <th scope="col">{i18n.t(msg::CONSENT_SERVICE_DATA)}</th>
                            <th scope="col">{i18n.t(msg::CONSENT_SERVICE_RECIPIENT)}</th>
                            <th scope="col">{i18n.t(msg::CONSENT_SERVICE_RETENTION)}</th>
                            <th scope="col">{i18n.t(msg::CONSENT_SERVICE_COOKIES)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
