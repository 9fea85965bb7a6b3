//! Contact block.

use civic_core::content::{is_safe_href, Contact};
use leptos::prelude::*;

use crate::t;

/// Who to contact: office name and division, address, telephone (a `tel:` link), email (a
/// `mailto:` link), opening hours and a contact form, as a description list.
///
/// ARIA: a `<section>` labelled by its heading ("Contact"), with a `<dl>` of labelled values.
/// Keyboard: links only.
///
/// ```ignore
/// view! { <ContactCard contact=site.contact heading_level=2 /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-contact_card` (`scripts/build-gallery.sh`).
#[component]
pub fn ContactCard(contact: Contact, heading_level: u8) -> impl IntoView {
    let id = format!("contact-{}", contact_id(&contact.name));
    let heading = if heading_level <= 2 {
        view! { <h2 id=id.clone() class="cp-contact__heading">{t!(CONTACT_HEADING)}</h2> }
            .into_any()
    } else {
        view! { <h3 id=id.clone() class="cp-contact__heading">{t!(CONTACT_HEADING)}</h3> }
            .into_any()
    };
    let tel = contact.phone.as_ref().map(|p| {
        let digits: String = p
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        (p.clone(), format!("tel:{digits}"))
    });
    let mail = contact
        .email
        .clone()
        .filter(|e| e.contains('@') && !e.contains(char::is_whitespace));
    view! {
        <section class="cp-contact" aria-labelledby=id>
            {heading}
            <p class="cp-contact__name">
                <strong>{contact.name}</strong>
                {contact.division.map(|d| view! { <br /><span>{d}</span> })}
            </p>
            <dl class="cp-contact__details">
                {contact.address.map(|a| view! { <dt>{t!(CONTACT_ADDRESS)}</dt><dd>{a}</dd> })}
                {tel.map(|(shown, href)| view! { <dt>{t!(CONTACT_PHONE)}</dt><dd><a href=href>{shown}</a></dd> })}
                {mail.map(|m| view! { <dt>{t!(CONTACT_EMAIL)}</dt><dd><a href=format!("mailto:{m}")>{m.clone()}</a></dd> })}
                {contact.hours.map(|h| view! { <dt>{t!(CONTACT_HOURS)}</dt><dd>{h}</dd> })}
            </dl>
            {contact
                .form_href
                .filter(|h| is_safe_href(h))
                .map(|h| view! { <p><a href=h>{t!(CONTACT_FORM)}</a></p> })}
        </section>
    }
}

fn contact_id(name: &str) -> String {
    let mut hash: u32 = 2166136261;
    for b in name.bytes() {
        hash = (hash ^ u32::from(b)).wrapping_mul(16777619);
    }
    format!("{hash:08x}")
}

crate::components::examples! {
    "default" => {
        let contact: Contact = data(
            r#"{"name": "International Relations Section", "division": "Policy Planning Bureau",
            "address": "1-1 Civic Centre, Sample City", "phone": "03-1234-5678", "email": "international@city.example",
            "hours": "Weekdays 8:30–17:15", "form_href": "/en/forms/contact"}"#,
        );
        view! { <ContactCard contact=contact heading_level=2 /> }
    },
    "minimal" => {
        let contact: Contact = data(r#"{"name": "City Hall"}"#);
        view! { <ContactCard contact=contact heading_level=2 /> }
    },
    "long-text" => {
        let contact: Contact = data(
            &serde_json::json!({"name": LONG, "division": LONG, "address": LONG, "hours": LONG,
            "email": "community-centre-renewal-grant-applications@city.example"})
            .to_string(),
        );
        view! { <ContactCard contact=contact heading_level=2 /> }
    },
}
