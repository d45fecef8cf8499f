//! The records exactly as editors write them: one struct per file type of the content model,
//! field for field. `deny_unknown_fields` everywhere, because a typo must never hide data.
//! References stay as the slugs the editor typed; `graph` resolves them.
//! Invariant: this module knows nothing of tera, pulldown-cmark or the site graph.

use super::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    pub organisation: String,
    pub base_url: String,
    #[serde(default = "default_language")]
    pub language: String,
    pub description: Option<String>,
    pub contact: Option<Contact>,
    /// A link target for the call to action, such as `pages/get-involved`.
    pub get_involved: Option<String>,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default)]
    pub privacy: Privacy,
    #[serde(default)]
    pub involvement_types: BTreeMap<String, InvolvementTypeText>,
    #[serde(default)]
    pub benefits: BTreeMap<String, BenefitText>,
    /// Raw HTML in Markdown is sanitised unless a site opts in here.
    #[serde(default)]
    pub allow_raw_html: bool,
}

impl SiteConfig {
    /// Stands in for a site.yaml that is missing or broken, so the other files are still
    /// checked in the same run. Its build never writes: the site.yaml error stops it.
    pub fn placeholder() -> SiteConfig {
        SiteConfig {
            title: String::new(),
            organisation: String::new(),
            base_url: "https://example.invalid/".into(),
            language: default_language(),
            description: None,
            contact: None,
            get_involved: None,
            theme: default_theme(),
            privacy: Privacy::default(),
            involvement_types: BTreeMap::new(),
            benefits: BTreeMap::new(),
            allow_raw_html: false,
        }
    }
}

fn default_language() -> String {
    "en-GB".into()
}

fn default_theme() -> String {
    "default".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub team: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    #[serde(default)]
    pub allowed_email_domains: Vec<String>,
}

/// An override of a built-in involvement type's wording.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvolvementTypeText {
    pub label: Option<String>,
    pub influence: Option<String>,
    pub description: Option<String>,
}

/// An override of a built-in benefit, or a new one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitText {
    pub label: Option<String>,
    pub description: Option<String>,
}

/// `privacy_waiver:` on a strategy, project, story or page: the exact strings in this file
/// that the privacy guard flags but a person has checked are safe to publish (a reference
/// that passes the NHS number check, a partner's email address). Only this file, only these
/// strings, and never without a reason (docs/privacy-waiver.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacyWaiver {
    pub values: Vec<String>,
    pub reason: String,
}

/// The 4Pi National Involvement Standards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standard {
    Principles,
    Purpose,
    Presence,
    Process,
    Impact,
}

/// `content/strategy/<slug>.yaml`: a strategy on a page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub title: String,
    pub published: Date,
    pub period: Period,
    pub vision: String,
    pub summary: Option<String>,
    pub ambitions: Vec<Ambition>,
    #[serde(default)]
    pub standards: Vec<Standard>,
    #[serde(default)]
    pub draft: bool,
    pub privacy_waiver: Option<PrivacyWaiver>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambition {
    pub id: String,
    pub title: String,
    pub statement: String,
    #[serde(default)]
    pub measures: Vec<String>,
}

/// Where a project is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectStatus {
    Planned,
    InProgress,
    Completed,
}

/// `content/projects/<slug>.yaml`: one involvement project, "you said, we did".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub title: String,
    pub summary: String,
    pub service: String,
    pub involvement: String,
    pub influence: Option<String>,
    pub status: ProjectStatus,
    pub started: Date,
    pub ended: Option<Date>,
    pub strategy: Option<String>,
    #[serde(default)]
    pub ambitions: Vec<String>,
    #[serde(default)]
    pub standards: Vec<Standard>,
    #[serde(default)]
    pub people: Vec<People>,
    #[serde(default)]
    pub seldom_heard: Vec<String>,
    #[serde(default)]
    pub methods: Vec<String>,
    #[serde(default)]
    pub existing_insight: Vec<String>,
    pub you_said: Vec<YouSaid>,
    pub outcome: Option<String>,
    pub contact: Option<String>,
    #[serde(default)]
    pub draft: bool,
    pub privacy_waiver: Option<PrivacyWaiver>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct People {
    pub group: String,
    pub count: Option<u32>,
}

/// One thing people told us.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YouSaid {
    pub said: String,
    pub theme: Option<String>,
    /// Missing, `null` and `[]` all mean "awaiting response".
    #[serde(default, deserialize_with = "null_as_empty")]
    pub we_did: Vec<Action>,
}

/// What happened to an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Done,
    InProgress,
    Planned,
    NotPossible,
}

/// One thing we did (or plan, or could not do) in response.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub action: String,
    pub status: ActionStatus,
    pub date: Option<Date>,
    pub reason: Option<String>,
    pub link: Option<String>,
}

fn null_as_empty<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// Front matter of `content/stories/<slug>.md`: a case study or impact story.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub title: String,
    pub date: Date,
    pub summary: String,
    pub project: Option<String>,
    pub involvement: Option<String>,
    #[serde(default)]
    pub benefits: Vec<String>,
    pub quote: Option<Quote>,
    pub image: Option<Image>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub draft: bool,
    pub privacy_waiver: Option<PrivacyWaiver>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub by: String,
    pub consent: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub src: String,
    pub alt: Option<String>,
    #[serde(default)]
    pub decorative: bool,
}

/// Front matter of `content/pages/<slug>.md`: a free page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub title: String,
    pub summary: Option<String>,
    /// Menu position; pages without it are not in the menu.
    pub order: Option<u32>,
    #[serde(default)]
    pub draft: bool,
    pub privacy_waiver: Option<PrivacyWaiver>,
}
