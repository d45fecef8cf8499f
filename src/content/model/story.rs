//! The front matter of `content/stories/<slug>.md`: a story, its quote and its picture.

use super::PrivacyWaiver;
use crate::content::date::Date;
use crate::content::schema::{benefit_ids, involvement_id, slug};
use schemars::JsonSchema;
use serde::Deserialize;

/// Front matter of `content/stories/<slug>.md`: a case study or impact story.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// The story's headline.
    pub title: String,
    /// When the story was published.
    pub date: Date,
    /// One or two sentences that tell readers what changed and for whom. Plain text, at most
    /// 300 characters.
    #[schemars(length(max = 300))]
    pub summary: String,
    /// The file name (without `.yaml`) of the project the story is about.
    #[serde(default)]
    #[schemars(schema_with = "slug")]
    pub project: Option<String>,
    /// The type of involvement. Leave it out to use the project's.
    #[serde(default)]
    #[schemars(schema_with = "involvement_id")]
    pub involvement: Option<String>,
    /// The benefits of involvement the story shows: built-in ids, or ones your site.yaml adds.
    #[serde(default)]
    #[schemars(schema_with = "benefit_ids")]
    pub benefits: Vec<String>,
    /// A quote from someone who took part, only with their agreement.
    pub quote: Option<Quote>,
    /// A picture for the story, from `content/media/`.
    pub image: Option<Image>,
    /// Free words to group stories by, such as "crisis care".
    #[serde(default)]
    pub tags: Vec<String>,
    /// `true` keeps the story out of the published site until it is ready.
    #[serde(default)]
    pub draft: bool,
    /// Strings in this file the privacy guard should let through, with the reason (see
    /// docs/privacy-waiver.md). Leave it out unless a check flagged something that is safe.
    pub privacy_waiver: Option<PrivacyWaiver>,
}

/// A quote from someone who took part.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// What they said.
    pub text: String,
    /// Who said it: a role such as "Expert by experience", never a full name unless the person
    /// asked to be named.
    pub by: String,
    /// Must be `true`: the person agreed to the quote being published.
    #[schemars(extend("const" = true))]
    pub consent: bool,
}

/// A picture, with a text alternative for people who cannot see it.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("allOf" = [
    {
        "if": { "properties": { "decorative": { "const": true } }, "required": ["decorative"] },
        "else": { "properties": { "alt": { "type": "string", "minLength": 1 } }, "required": ["alt"] }
    },
    {
        "if": { "properties": { "shows_people": { "const": true } }, "required": ["shows_people"] },
        "then": { "properties": { "consent": { "const": true } }, "required": ["consent"] }
    }
]))]
pub struct Image {
    /// The file, such as `media/cafe.jpg`.
    pub src: String,
    /// What the picture shows, for people who cannot see it. Required unless the picture is
    /// decorative.
    pub alt: Option<String>,
    /// `true` when the picture adds nothing to the words (then `alt` may be empty).
    #[serde(default)]
    pub decorative: bool,
    /// `true` when people can be recognised in the picture. Then `consent: true` is required.
    #[serde(default)]
    pub shows_people: bool,
    /// `true` when everyone who can be recognised agreed to the picture being published (for a
    /// child, their parent or carer). Required when `shows_people` is `true`.
    #[serde(default)]
    pub consent: bool,
}
