//! The stored record of a consent choice, and its validation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::config::ConsentConfig;

/// How the visitor made the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    AcceptAll,
    RejectAll,
    /// Chosen category by category in the preferences dialog.
    Custom,
}

/// One consent choice, as stored on the device and offered as a receipt (C8). It holds no
/// personal data: a random id, the time, the policy revision, the language and the choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    /// Random, created with the record; lets the city find a posted receipt if asked.
    pub id: String,
    /// Milliseconds since 1970-01-01 UTC.
    pub timestamp: u64,
    pub revision: String,
    /// The interface language in which the choice was made.
    pub locale: String,
    pub method: Method,
    /// Category id → allowed. Required categories are always `true`.
    pub choices: BTreeMap<String, bool>,
    /// Whether the browser sent Global Privacy Control when the choice was made.
    #[serde(default)]
    pub gpc: bool,
}

/// Why there is no valid record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// Nothing stored: the visitor has not chosen yet.
    Missing,
    /// Stored, but not a record (edited by hand, truncated, from another program).
    Tampered,
    /// Made under an earlier policy revision (C9).
    OldRevision,
    /// Older than the configured expiry (C9).
    Expired,
}

/// Allowed clock difference for a record "from the future" (devices' clocks drift).
const FUTURE_TOLERANCE_MS: u64 = 24 * 60 * 60 * 1000;

impl ConsentRecord {
    /// Creates a record with every category set by `allowed(category)`; required categories
    /// are always on and unknown categories are never stored.
    pub fn new(
        config: &ConsentConfig,
        id: String,
        timestamp: u64,
        locale: &str,
        method: Method,
        gpc: bool,
        allowed: impl Fn(&str) -> bool,
    ) -> Self {
        let choices = config
            .categories
            .iter()
            .map(|c| (c.id.clone(), c.required || allowed(&c.id)))
            .collect();
        ConsentRecord {
            id,
            timestamp,
            revision: config.revision.clone(),
            locale: locale.to_string(),
            method,
            choices,
            gpc,
        }
    }

    /// Reads a stored record and checks it against the configuration and the clock.
    pub fn parse(stored: Option<&str>, config: &ConsentConfig, now: u64) -> Result<Self, Invalid> {
        let text = stored.ok_or(Invalid::Missing)?;
        let record: ConsentRecord = serde_json::from_str(text).map_err(|_| Invalid::Tampered)?;
        let id_ok = (8..=64).contains(&record.id.len())
            && record
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let known = record.choices.keys().all(|k| config.category(k).is_some());
        let required_on = config
            .categories
            .iter()
            .filter(|c| c.required)
            .all(|c| record.choices.get(&c.id) != Some(&false));
        if !id_ok
            || !known
            || !required_on
            || record.timestamp > now.saturating_add(FUTURE_TOLERANCE_MS)
            || crate::locale::find(&record.locale).is_none()
        {
            return Err(Invalid::Tampered);
        }
        if record.revision != config.revision {
            return Err(Invalid::OldRevision);
        }
        let max_age = u64::from(config.expiry_days) * 24 * 60 * 60 * 1000;
        if now.saturating_sub(record.timestamp) > max_age {
            return Err(Invalid::Expired);
        }
        Ok(record)
    }

    /// The record as stored and as downloaded by the visitor.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record always serialises")
    }

    /// Whether the category is allowed by this record (a category added to the
    /// configuration after the choice was made is off until the visitor chooses again).
    pub fn allows(&self, category: &str) -> bool {
        self.choices.get(category).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::config::tests::sample;

    const NOW: u64 = 1_790_000_000_000;
    const DAY: u64 = 24 * 60 * 60 * 1000;

    fn record() -> ConsentRecord {
        ConsentRecord::new(
            &sample(),
            "abcd1234efgh".into(),
            NOW,
            "en",
            Method::Custom,
            false,
            |c| c == "analytics",
        )
    }

    #[test]
    fn a_record_round_trips() {
        let r = record();
        assert!(r.allows("necessary") && r.allows("analytics") && !r.allows("preferences"));
        let back = ConsentRecord::parse(Some(&r.to_json()), &sample(), NOW + DAY).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn required_categories_are_always_on() {
        let r = ConsentRecord::new(
            &sample(),
            "abcd1234efgh".into(),
            NOW,
            "en",
            Method::RejectAll,
            false,
            |_| false,
        );
        assert!(r.allows("necessary"));
        assert!(!r.allows("analytics"));
    }

    #[test]
    fn missing_and_tampered_storage_is_no_consent() {
        let config = sample();
        assert_eq!(
            ConsentRecord::parse(None, &config, NOW),
            Err(Invalid::Missing)
        );
        let good = record().to_json();
        let tampered = [
            "".to_string(),
            "null".into(),
            "{".into(),
            "[1,2]".into(),
            "<script>".into(),
            good.replace("\"necessary\":true", "\"necessary\":false"),
            good.replace("\"analytics\"", "\"spyware\""),
            good.replace("abcd1234efgh", "x"),
            good.replace("abcd1234efgh", "abcd1234efgh<img>"),
            good.replace("\"locale\":\"en\"", "\"locale\":\"xx\""),
            good.replace(&NOW.to_string(), &(NOW + 10 * DAY).to_string()),
            good.replace("\"timestamp\":", "\"timestamp\":-"),
            good.replace("\"custom\"", "\"everything\""),
            good.replace('}', ",\"extra\":1}"),
        ];
        for t in tampered {
            assert_eq!(
                ConsentRecord::parse(Some(&t), &config, NOW),
                Err(Invalid::Tampered),
                "{t}"
            );
        }
    }

    #[test]
    fn a_new_revision_or_old_age_asks_again() {
        let mut config = sample();
        let stored = record().to_json();
        assert_eq!(
            ConsentRecord::parse(Some(&stored), &config, NOW + 183 * DAY),
            Err(Invalid::Expired)
        );
        assert!(ConsentRecord::parse(Some(&stored), &config, NOW + 181 * DAY).is_ok());
        config.expiry_days = 30;
        assert_eq!(
            ConsentRecord::parse(Some(&stored), &config, NOW + 31 * DAY),
            Err(Invalid::Expired)
        );
        config.revision = "2027-01".into();
        assert_eq!(
            ConsentRecord::parse(Some(&stored), &config, NOW),
            Err(Invalid::OldRevision)
        );
    }

    #[test]
    fn a_category_added_later_is_off() {
        let mut config = sample();
        let stored = record().to_json();
        let mut extra = config.categories[1].clone();
        extra.id = "media".into();
        config.categories.push(extra);
        let r = ConsentRecord::parse(Some(&stored), &config, NOW).unwrap();
        assert!(!r.allows("media"));
    }
}
