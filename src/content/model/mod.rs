//! The records exactly as editors write them: one struct per file type of the content model,
//! field for field. `deny_unknown_fields` everywhere, because a typo must never hide data.
//! References stay as the slugs the editor typed; `graph` resolves them. Projects also
//! serialise, leaving out empty optional fields, so `wedid import` writes the same shape.
//! Invariant: this module knows nothing of tera, pulldown-cmark or the site graph.
//!
//! One file per file type (`site`, `strategy`, `project`, `story`, `page`), re-exported here;
//! what several share (the privacy waiver, the 4Pi standards, maps with unique keys) is here.

mod page;
mod project;
mod site;
mod story;
mod strategy;

pub use page::*;
pub use project::*;
pub use site::*;
pub use story::*;
pub use strategy::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `privacy_waiver:` on a strategy, project, story or page: the exact strings in this file
/// that the privacy guard flags but a person has checked are safe to publish (a reference
/// that passes the NHS number check, a partner's email address). Only this file, only these
/// strings, and never without a reason (docs/privacy-waiver.md).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrivacyWaiver {
    /// The exact strings to let through, as they appear in this file, such as "943 476 5919".
    pub values: Vec<String>,
    /// Why these are safe to publish, and who checked.
    #[schemars(length(min = 1))]
    pub reason: String,
}

/// One of the 4Pi National Involvement Standards: `principles`, `purpose`, `presence`,
/// `process` or `impact`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Standard {
    Principles,
    Purpose,
    Presence,
    Process,
    Impact,
}

/// A map whose keys must not repeat. serde lets a repeated key in a map win silently (it
/// refuses repeated struct fields itself); here a repeat is an error with serde_yaml's
/// "duplicate entry" wording, which `yaml` turns into the duplicate-key diagnostic.
fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(std::marker::PhantomData<V>);

    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format_args!("duplicate entry with key \"{key}\"")));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    deserializer.deserialize_map(Unique(std::marker::PhantomData))
}
