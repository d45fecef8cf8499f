//! The front matter of `content/pages/<slug>.md`: a free page.

use super::PrivacyWaiver;
use schemars::JsonSchema;
use serde::Deserialize;

/// Front matter of `content/pages/<slug>.md`: a free page.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The page's heading and menu label.
    pub title: String,
    /// One sentence about the page, for search engines. Plain text, at most 300 characters.
    #[schemars(length(max = 300))]
    pub summary: Option<String>,
    /// Menu position; pages without it are not in the menu.
    pub order: Option<u32>,
    /// `true` keeps the page out of the published site until it is ready.
    #[serde(default)]
    pub draft: bool,
    /// Strings in this file the privacy guard should let through, with the reason (see
    /// docs/privacy-waiver.md). Leave it out unless a check flagged something that is safe.
    pub privacy_waiver: Option<PrivacyWaiver>,
}
