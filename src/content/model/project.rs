//! `content/projects/<slug>.yaml`: one project, what people said and what was done. The
//! only records that also serialise (for `wedid import`), leaving out empty optional fields.

use super::{PrivacyWaiver, Standard};
use crate::content::date::Date;
use crate::content::schema::{involvement_id, slug, slugs};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a project is in its life: `planned`, `in-progress` or `completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectStatus {
    Planned,
    InProgress,
    Completed,
}

/// `content/projects/<slug>.yaml`: one involvement project, "you said, we did".
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("if" = { "properties": { "status": { "const": "completed" } }, "required": ["status"] }, "then" = { "required": ["ended"] }))]
pub struct Project {
    /// What the project was about, in plain words.
    pub title: String,
    /// One or two sentences for the public: who we involved, about what, and why. Plain text,
    /// at most 300 characters.
    #[schemars(length(max = 300))]
    pub summary: String,
    /// The service the project was about. Spell it the same way in every project: each
    /// service gets its own page and poster.
    pub service: String,
    /// The type of involvement, which says how much influence people had.
    #[schemars(schema_with = "involvement_id")]
    pub involvement: String,
    /// Your own words for the level of influence this project offered, instead of the
    /// type's usual wording. Plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub influence: Option<String>,
    /// Where the project is: `planned`, `in-progress` or `completed`.
    pub status: ProjectStatus,
    /// When the project started.
    pub started: Date,
    /// When the project ended. Required when the status is `completed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<Date>,
    /// The file name (without `.yaml`) of the strategy this project serves. May be left out
    /// when the site has exactly one strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "slug")]
    pub strategy: Option<String>,
    /// Ids of the ambitions in that strategy that this project serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(schema_with = "slugs")]
    pub ambitions: Vec<String>,
    /// The 4Pi standards this project shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standards: Vec<Standard>,
    /// Who took part: each group, and how many people if you know.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<People>,
    /// Voices we sought out on purpose, such as "Young carers".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seldom_heard: Vec<String>,
    /// How we involved people, such as "Workshops" or "Online survey".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<String>,
    /// What we already knew before we asked, such as "Patient survey 2024".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub existing_insight: Vec<String>,
    /// What people told us: at least one item, each with what we did about it.
    #[schemars(length(min = 1))]
    pub you_said: Vec<YouSaid>,
    /// How people's views shaped the outcome (Markdown). Expected when the project is
    /// completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// A team email address or phone number for this project, never a personal one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// An Easy Read version of the project (Markdown), for people with a learning disability
    /// and anyone who wants it short and plain: short sentences, one idea on each line, and
    /// a picture with alt text at the start of a line if it helps (`![A phone](media/phone.svg)
    /// You can phone us.`). It gets its own page, linked from the project's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub easy_read: Option<String>,
    /// `true` keeps the project out of the published site until it is ready.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[schemars(extend("default" = false))]
    pub draft: bool,
    /// Strings in this file the privacy guard should let through, with the reason (see
    /// docs/privacy-waiver.md). Leave it out unless a check flagged something that is safe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_waiver: Option<PrivacyWaiver>,
}

/// A group of people who took part.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct People {
    /// Who they were, such as "Service users", "Carers" or "Staff".
    pub group: String,
    /// How many took part, if you know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

/// One thing people told us.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YouSaid {
    /// What people told us, in their words where possible.
    pub said: String,
    /// A short theme to group items by, such as "Access".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// When people told us this (`YYYY-MM-DD`, or `YYYY-MM`). Leave it out to use the
    /// project's `started` date. The wait for a response counts from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What we did about it. Missing, `null` and `[]` all mean we have not responded yet: the
    /// site shows "awaiting response".
    #[serde(default, deserialize_with = "null_as_empty")]
    #[schemars(with = "Option<Vec<Action>>")]
    pub we_did: Vec<Action>,
}

/// What happened to an action: `done`, `in-progress`, `planned` or `not-possible`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Done,
    InProgress,
    Planned,
    NotPossible,
}

/// One thing we did (or plan, or could not do) in response.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("allOf" = [
    { "if": { "properties": { "status": { "const": "done" } }, "required": ["status"] }, "then": { "required": ["date"] } },
    { "if": { "properties": { "status": { "const": "not-possible" } }, "required": ["status"] }, "then": { "required": ["reason"] } }
]))]
pub struct Action {
    /// What we did, are doing or plan to do, or what we could not do.
    pub action: String,
    /// What happened to it: `done`, `in-progress`, `planned` or `not-possible`.
    pub status: ActionStatus,
    /// When it was done (required for `done`), or when it is due (for `planned`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The honest reason we could not do it. Required for `not-possible`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// A page with more, such as `/stories/crisis-cafe/` or a full `https://` address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

fn null_as_empty<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}
