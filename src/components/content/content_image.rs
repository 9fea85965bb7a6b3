//! A content image, behind consent when it is on another host.

use civic_core::consent::localized;
use leptos::prelude::*;

use crate::a11y::{after_render, focus_by_id};
use crate::consent::{use_consent, ImageSourceOf};
use crate::i18n::{msg, use_i18n};

/// An image of a page body. One from the site itself or the configured backend shows at
/// once. One on the host of a service that declares `images` (a photo library) waits for
/// that service: a placeholder gives its description, names the provider and what showing it
/// sends to whom, with "Show this photo once" (this page view, nothing stored) and "Always
/// allow …" (saves consent for the service's category). One on any other host is never
/// loaded: the placeholder gives its description and a link to it, so only the visitor's
/// own click contacts that host (C1). A decorative image (`alt=""`) that may not load is left
/// out. Until `config.json` is read, and in the pre-rendered page, an image from another host
/// is a placeholder too.
///
/// ARIA: a `<figure>` with its caption; the image keeps its `alt`; a placeholder shows the
/// `alt` as text. Keyboard: the placeholder's buttons or link; after a choice, focus moves to
/// the figure (`tabindex="-1"`) that now holds the image.
///
/// ```ignore
/// view! { <ContentImage src="/content/en/map.png".into() alt="Map".into() caption=None width=None height=None /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-content_image` (`scripts/build-gallery.sh`).
#[component]
pub fn ContentImage(
    src: String,
    alt: String,
    caption: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
) -> impl IntoView {
    let consent = use_consent();
    let i18n = use_i18n();
    let once = RwSignal::new(false);
    // Where the image goes once shown: the figure, so keyboard users stay in place.
    let figure_id = StoredValue::new(format!(
        "cp-image-{}",
        src.bytes()
            .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
    ));
    let show = move || {
        after_render(move || focus_by_id(&figure_id.get_value()));
    };
    let image = {
        let (src, alt) = (src.clone(), alt.clone());
        move || {
            view! { <img src=src.clone() alt=alt.clone() width=width height=height loading="lazy" decoding="async" /> }
                .into_any()
        }
    };
    // Site-relative images need no configuration: the same markup before and after hydration.
    let relative = civic_core::consent::url_host(&src).is_none();
    let content = move || {
        if relative {
            return image();
        }
        let locale = i18n.locale().tag;
        let described = {
            let alt = alt.clone();
            move || view! { <p class="cp-image__alt">{i18n.t_args(msg::CONTENT_IMAGE_ALT, &[("alt", alt.clone().into())])}</p> }
        };
        match consent.image_source(&src) {
            ImageSourceOf::FirstParty => image(),
            ImageSourceOf::Service { service, .. } if once.get() || consent.allows(&service.id) => {
                image()
            }
            // A decorative image (`alt=""`) is simply left out: a placeholder would be noise.
            _ if alt.is_empty() => ().into_any(),
            ImageSourceOf::Service { category, service } => {
                let provider = service.name.clone();
                let body = i18n.t_args(
                    msg::CONTENT_IMAGE_BODY,
                    &[
                        ("recipient", localized(&service.recipient, locale).to_string().into()),
                        ("data", localized(&service.data_sent, locale).to_string().into()),
                    ],
                );
                view! {
                    <div class="cp-image__placeholder" data-testid="image-placeholder" data-service=service.id.clone()>
                        {described()}
                        <p class="cp-image__provider">{i18n.t_args(msg::CONTENT_IMAGE_TITLE, &[("provider", provider.clone().into())])}</p>
                        <p>{body}</p>
                        <div class="cp-consent__actions">
                            <button type="button" class="cp-button" on:click=move |_| {
                                once.set(true);
                                show();
                            }>
                                {i18n.t(msg::CONTENT_IMAGE_SHOW_ONCE)}
                            </button>
                            <button type="button" class="cp-button cp-button--secondary" on:click=move |_| {
                                let mut choices = consent
                                    .state()
                                    .and_then(|s| s.record)
                                    .map(|r| r.choices)
                                    .unwrap_or_default();
                                choices.insert(category.clone(), true);
                                consent.save(&choices);
                                show();
                            }>
                                {i18n.t_args(msg::CONSENT_EMBED_ALWAYS, &[("provider", provider.clone().into())])}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
            ImageSourceOf::Undeclared(host) => view! {
                <div class="cp-image__placeholder" data-testid="image-undeclared">
                    {described()}
                    <p>{i18n.t_args(msg::CONTENT_IMAGE_UNDECLARED, &[("host", host.clone().into())])}</p>
                    <p><a href=src.clone() rel="noopener noreferrer" referrerpolicy="no-referrer">
                        {i18n.t_args(msg::CONTENT_IMAGE_OPEN, &[("host", host.into())])}
                    </a></p>
                </div>
            }
            .into_any(),
        }
    };
    view! {
        <figure class="cp-figure" id=figure_id.get_value() tabindex="-1">
            {content}
            {caption.map(|c| view! { <figcaption>{c}</figcaption> })}
        </figure>
    }
}

crate::components::examples! {
    "default" => {
        view! { <ContentImage src="/logo.svg".to_string() alt="The emblem of Sample City".to_string() caption=Some("The city emblem".to_string()) width=Some(120) height=Some(120) /> }
    },
    "waiting-for-consent" => {
        view! { <ContentImage src="https://live.staticflickr.com/65535/gallery.jpg".to_string() alt="The harbour at dusk".to_string() caption=None width=None height=None /> }
    },
    "other-host" => {
        view! { <ContentImage src="https://images.example.net/map.png".to_string() alt=LONG.to_string() caption=Some(LONG.to_string()) width=None height=None /> }
    },
}
