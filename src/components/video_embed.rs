//! Video embed behind consent.

use civic_core::consent::localized;
use leptos::prelude::*;

use crate::a11y::{after_render, focus_by_id};
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
    // buttons, so a keyboard user is not dropped to the top of the page.
    let frame_id = format!("cp-video-{id}");
    let focus_player = {
        let frame_id = frame_id.clone();
        move || {
            let frame_id = frame_id.clone();
            after_render(move || focus_by_id(&frame_id));
        }
    };
    let content = move || {
        let config = consent.config()?;
        let (category, svc) = config.service(&service_id)?;
        let src = svc.embed(&id)?;
        let locale = i18n.locale().tag;
        if once.get() || consent.allows(&service_id) {
            return Some(
                view! {
                    <div class="cp-video__frame">
                        <iframe id=frame_id.clone() src=src title=frame_title.clone()
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
                        <button type="button" class="cp-button" on:click={
                            let focus_player = focus_player.clone();
                            move |_| {
                                once.set(true);
                                focus_player();
                            }
                        }>
                            {i18n.t(msg::CONSENT_EMBED_LOAD_ONCE)}
                        </button>
                        <button type="button" class="cp-button cp-button--secondary" on:click={
                            let focus_player = focus_player.clone();
                            move |_| {
                            let mut choices = state
                                .as_ref()
                                .and_then(|s| s.record.as_ref())
                                .map(|r| r.choices.clone())
                                .unwrap_or_default();
                            choices.insert(category_id.clone(), true);
                            consent.save(&choices);
                            focus_player();
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
