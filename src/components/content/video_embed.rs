//! Video embed behind consent.

use civic_core::consent::localized;
use leptos::prelude::*;

use crate::consent::use_consent;
use crate::i18n::{msg, use_i18n};

/// A third-party video. Until the visitor allows its service, a placeholder names the
/// provider and what playing the video sends to whom (C5), with "Load this video once"
/// (this video, this page view, nothing stored) and "Always allow …" (saves consent for the
/// service's category, withdrawable in the cookie settings). No request reaches the provider
/// before one of them is chosen (C1).
///
/// ARIA: the placeholder is a `<figure>` with the video title as its caption; the player is
/// an `<iframe>` titled with the video title. Keyboard: the two buttons; choosing one moves
/// focus to the player that replaces them; then the player's own controls.
///
/// ```ignore
/// view! { <VideoEmbed service="youtube".into() id="abc".into() title="Concert".into() caption=None /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-video_embed` (`scripts/build-gallery.sh`).
#[component]
pub fn VideoEmbed(
    service: String,
    id: String,
    title: String,
    caption: Option<String>,
) -> impl IntoView {
    let consent = use_consent();
    let i18n = use_i18n();
    let once = RwSignal::new(false);
    let service_id = service.clone();
    let frame_title = title.clone();
    // After "Load once" or "Always allow", focus moves into the player that replaces the
    // buttons, so a keyboard user is not dropped to the top of the page: the player takes it
    // as soon as it is in the document, whenever that is.
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let wants_focus = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(frame) = frame.get() {
            if wants_focus.get_value() {
                wants_focus.set_value(false);
                let _ = frame.focus();
            }
        }
    });
    let focus_player = move || wants_focus.set_value(true);
    // The player is made once per choice: a change of the consent state that keeps the
    // service allowed (another category saved) leaves it, and its focus, alone.
    let allowed = Memo::new(move |_| once.get() || consent.allows(&service_id));
    let service_id = service.clone();
    let content = move || {
        let config = consent.config()?;
        let (category, svc) = config.service(&service_id)?;
        let src = svc.embed(&id)?;
        let locale = i18n.locale().tag;
        if allowed.get() {
            return Some(
                view! {
                    <div class="cp-video__frame">
                        <iframe node_ref=frame src=src title=frame_title.clone()
                            allow="encrypted-media; picture-in-picture; fullscreen"
                            referrerpolicy="strict-origin-when-cross-origin"></iframe>
                    </div>
                }
                .into_any(),
            );
        }
        let provider = svc.name.clone();
        let category_id = category.id.clone();
        let body = i18n.t_args(
            msg::CONSENT_EMBED_BODY,
            &[
                (
                    "recipient",
                    localized(&svc.recipient, locale).to_string().into(),
                ),
                ("data", localized(&svc.data_sent, locale).to_string().into()),
            ],
        );
        let state = consent.state();
        Some(
            view! {
                <div class="cp-video__placeholder" data-testid="video-placeholder">
                    <p class="cp-video__provider">{i18n.t_args(msg::CONSENT_EMBED_TITLE, &[("provider", provider.clone().into())])}</p>
                    <p>{body}</p>
                    <div class="cp-consent__actions">
                        <button type="button" class="cp-button" on:click=move |_| {
                            focus_player();
                            once.set(true);
                        }>
                            {i18n.t(msg::CONSENT_EMBED_LOAD_ONCE)}
                        </button>
                        <button type="button" class="cp-button cp-button--secondary" on:click={
                            move |_| {
                            focus_player();
                            let mut choices = state
                                .as_ref()
                                .and_then(|s| s.record.as_ref())
                                .map(|r| r.choices.clone())
                                .unwrap_or_default();
                            choices.insert(category_id.clone(), true);
                            consent.save(&choices);
                        }}>
                            {i18n.t_args(msg::CONSENT_EMBED_ALWAYS, &[("provider", provider.clone().into())])}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
        )
    };
    view! {
        <figure class="cp-video" data-testid="video">
            {content}
            <figcaption class="cp-video__caption">
                <strong>{title.clone()}</strong>
                {caption.map(|c| view! { <br /><span>{c}</span> })}
            </figcaption>
        </figure>
    }
}

crate::components::examples! {
    "default" => {
        view! { <VideoEmbed service="youtube".to_string() id="sample-city-2026".to_string() title="Students perform at the Civic Hall (3 minutes)".to_string() caption=Some("Recorded in May 2026".to_string()) /> }
    },
    "long-text" => {
        view! { <VideoEmbed service="youtube".to_string() id="sample-city-2026".to_string() title=LONG.to_string() caption=Some(LONG.to_string()) /> }
    },
}
