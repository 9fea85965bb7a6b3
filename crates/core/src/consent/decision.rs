//! The consent state of a visit and what follows from it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::config::{localized, Category, ConsentConfig, Service};
use super::record::{ConsentRecord, Invalid};

/// The Google Consent Mode v2 types, all `denied` until a choice grants them (C10).
pub const CONSENT_MODE_TYPES: &[&str] = &[
    "ad_storage",
    "ad_user_data",
    "ad_personalization",
    "analytics_storage",
    "functionality_storage",
    "personalization_storage",
    "security_storage",
];

/// What is known about the visitor's consent on this visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentState {
    /// The valid record, if the visitor chose under the current policy and it has not expired.
    pub record: Option<ConsentRecord>,
    /// Why there is no valid record (`Missing` before the first choice).
    pub invalid: Option<Invalid>,
    /// Whether the browser sends Global Privacy Control.
    pub gpc: bool,
}

impl ConsentState {
    /// Reads the stored record (if any) against the configuration, the clock and GPC.
    pub fn resolve(stored: Option<&str>, config: &ConsentConfig, now: u64, gpc: bool) -> Self {
        match ConsentRecord::parse(stored, config, now) {
            Ok(record) => ConsentState {
                record: Some(record),
                invalid: None,
                gpc,
            },
            Err(invalid) => ConsentState {
                record: None,
                invalid: Some(invalid),
                gpc,
            },
        }
    }

    /// The state after the visitor made the choice `record`.
    pub fn chosen(record: ConsentRecord, gpc: bool) -> Self {
        ConsentState {
            record: Some(record),
            invalid: None,
            gpc,
        }
    }

    /// Whether GPC decides `category` (the visitor has not chosen, and the category honours
    /// GPC): it is then off without asking, and the settings say so (C11).
    pub fn off_by_gpc(&self, category: &Category) -> bool {
        self.gpc && self.record.is_none() && category.honours_gpc
    }

    /// Whether the first-layer banner must be shown: there is no valid record and some
    /// optional category is not already decided by GPC. Scrolling, navigating or closing
    /// never create a record, so the banner stays until a choice is made (C4).
    pub fn needs_prompt(&self, config: &ConsentConfig) -> bool {
        self.record.is_none()
            && config
                .categories
                .iter()
                .any(|c| !c.required && !self.off_by_gpc(c))
    }

    /// Whether `category` is allowed now. Strictly necessary: always. Otherwise only by a
    /// valid record: doing nothing is refusal (C1), and an explicit choice wins over GPC.
    pub fn allows_category(&self, config: &ConsentConfig, category: &str) -> bool {
        match config.category(category) {
            Some(c) if c.required => true,
            Some(_) => self.record.as_ref().is_some_and(|r| r.allows(category)),
            None => false,
        }
    }

    /// Whether the service `id` may run, load scripts and store data.
    pub fn allows_service(&self, config: &ConsentConfig, id: &str) -> bool {
        config
            .service(id)
            .is_some_and(|(c, _)| self.allows_category(config, &c.id))
    }

    /// The Google Consent Mode v2 signal for this state: every type `denied` unless an
    /// allowed service declares it.
    pub fn consent_mode(&self, config: &ConsentConfig) -> BTreeMap<&'static str, &'static str> {
        let granted: Vec<&str> = config
            .categories
            .iter()
            .filter(|c| self.allows_category(config, &c.id))
            .flat_map(|c| c.services.iter())
            .flat_map(|s| s.consent_mode.iter().map(String::as_str))
            .collect();
        CONSENT_MODE_TYPES
            .iter()
            .map(|t| {
                (
                    *t,
                    if granted.contains(t) {
                        "granted"
                    } else {
                        "denied"
                    },
                )
            })
            .collect()
    }
}

/// The services that were allowed in `before` and are not in `after`: their cookies and
/// storage keys must be deleted and their scripts stopped (C7).
pub fn withdrawn<'a>(
    config: &'a ConsentConfig,
    before: &ConsentState,
    after: &ConsentState,
) -> Vec<&'a Service> {
    config
        .categories
        .iter()
        .filter(|c| before.allows_category(config, &c.id) && !after.allows_category(config, &c.id))
        .flat_map(|c| c.services.iter())
        .collect()
}

/// The services not allowed in `state`, whose leftovers (cookies, storage) should not exist.
pub fn not_allowed<'a>(config: &'a ConsentConfig, state: &ConsentState) -> Vec<&'a Service> {
    config
        .categories
        .iter()
        .filter(|c| !state.allows_category(config, &c.id))
        .flat_map(|c| c.services.iter())
        .collect()
}

/// The consent receipt offered for download (C8): the record plus, for each category, its
/// name, the decision and the services with purpose, data and recipient, in `locale`.
pub fn receipt(record: &ConsentRecord, config: &ConsentConfig, locale: &str) -> String {
    #[derive(Serialize)]
    struct Receipt<'a> {
        record: &'a ConsentRecord,
        policy_revision: &'a str,
        categories: Vec<ReceiptCategory<'a>>,
    }
    #[derive(Serialize)]
    struct ReceiptCategory<'a> {
        id: &'a str,
        name: &'a str,
        allowed: bool,
        services: Vec<ReceiptService<'a>>,
    }
    #[derive(Serialize)]
    struct ReceiptService<'a> {
        id: &'a str,
        name: &'a str,
        purpose: &'a str,
        data_sent: &'a str,
        recipient: &'a str,
    }
    let categories = config
        .categories
        .iter()
        .map(|c| ReceiptCategory {
            id: &c.id,
            name: localized(&c.name, locale),
            allowed: c.required || record.allows(&c.id),
            services: c
                .services
                .iter()
                .map(|s| ReceiptService {
                    id: &s.id,
                    name: &s.name,
                    purpose: localized(&s.purpose, locale),
                    data_sent: localized(&s.data_sent, locale),
                    recipient: localized(&s.recipient, locale),
                })
                .collect(),
        })
        .collect();
    serde_json::to_string_pretty(&Receipt {
        record,
        policy_revision: &config.revision,
        categories,
    })
    .expect("a receipt always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::config::tests::sample;
    use crate::consent::record::Method;

    const NOW: u64 = 1_790_000_000_000;

    fn choose(method: Method, analytics: bool) -> ConsentState {
        let r = ConsentRecord::new(
            &sample(),
            "abcd1234efgh".into(),
            NOW,
            "ja",
            method,
            false,
            |c| c == "analytics" && analytics,
        );
        ConsentState::chosen(r, false)
    }

    #[test]
    fn doing_nothing_is_refusal_and_asks() {
        let config = sample();
        let s = ConsentState::resolve(None, &config, NOW, false);
        assert!(s.needs_prompt(&config));
        assert!(s.allows_category(&config, "necessary"));
        assert!(!s.allows_category(&config, "analytics"));
        assert!(!s.allows_category(&config, "preferences"));
        assert!(!s.allows_service(&config, "ga4"));
        assert!(!s.allows_category(&config, "unknown"));
        assert!(s.consent_mode(&config).values().all(|v| *v == "denied"));
    }

    #[test]
    fn a_choice_stops_the_prompt_and_grants_exactly_what_was_chosen() {
        let config = sample();
        let s = choose(Method::Custom, true);
        assert!(!s.needs_prompt(&config));
        assert!(s.allows_service(&config, "ga4"));
        let mode = s.consent_mode(&config);
        assert_eq!(mode["analytics_storage"], "granted");
        assert_eq!(mode["ad_storage"], "denied");
        let rejected = choose(Method::RejectAll, false);
        assert!(!rejected.needs_prompt(&config));
        assert!(!rejected.allows_service(&config, "ga4"));
    }

    #[test]
    fn gpc_turns_covered_categories_off_without_asking_about_them() {
        let mut config = sample();
        let s = ConsentState::resolve(None, &config, NOW, true);
        assert!(s.off_by_gpc(config.category("analytics").unwrap()));
        assert!(!s.off_by_gpc(config.category("preferences").unwrap()));
        // Preferences is not covered by GPC, so the visitor is still asked about it.
        assert!(s.needs_prompt(&config));
        // When every optional category honours GPC, nothing is asked.
        config.categories[1].honours_gpc = true;
        assert!(!s.needs_prompt(&config));
        assert!(!s.allows_category(&config, "analytics"));
    }

    #[test]
    fn an_explicit_choice_wins_over_gpc() {
        let config = sample();
        let r = ConsentRecord::new(
            &config,
            "abcd1234efgh".into(),
            NOW,
            "en",
            Method::Custom,
            true,
            |c| c == "analytics",
        );
        let s = ConsentState::resolve(Some(&r.to_json()), &config, NOW, true);
        assert!(s.allows_category(&config, "analytics"));
        assert!(!s.off_by_gpc(config.category("analytics").unwrap()));
    }

    #[test]
    fn withdrawing_lists_the_services_to_clean_up() {
        let config = sample();
        let before = choose(Method::AcceptAll, true);
        let after = choose(Method::Custom, false);
        let gone: Vec<&str> = withdrawn(&config, &before, &after)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(gone, vec!["ga4"]);
        assert!(withdrawn(&config, &after, &before).is_empty());
        let unallowed: Vec<&str> = not_allowed(&config, &after)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(unallowed, vec!["ga4"]);
    }

    #[test]
    fn the_receipt_names_purpose_data_and_recipient() {
        let config = sample();
        let s = choose(Method::Custom, true);
        let receipt = receipt(s.record.as_ref().unwrap(), &config, "ja");
        let v: serde_json::Value = serde_json::from_str(&receipt).unwrap();
        assert_eq!(v["policy_revision"], "2026-11");
        assert_eq!(v["record"]["locale"], "ja");
        let analytics = &v["categories"][2];
        assert_eq!(analytics["allowed"], true);
        assert_eq!(analytics["services"][0]["recipient"], "Google LLC (USA)");
        assert_eq!(analytics["services"][0]["purpose"], "Usage statistics");
        assert_eq!(v["categories"][1]["allowed"], false);
    }
}
