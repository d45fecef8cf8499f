//! The records exactly as editors write them: one struct per file type of the content model,
//! field for field. `deny_unknown_fields` everywhere, because a typo must never hide data.
//! References stay as the slugs the editor typed; `graph` resolves them. Projects also
//! serialise, leaving out empty optional fields, so `wedid import` writes the same shape.
//! Invariant: this module knows nothing of tera, pulldown-cmark or the site graph.

use super::date::Date;
use super::schema::{benefit_ids, involvement_id, involvement_overrides, language_tags, slug, slugs};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `site.yaml`: the settings for the whole site.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The name of the site, shown at the top of every page and in search results.
    pub title: String,
    /// Your organisation's full name, as the public knows it.
    pub organisation: String,
    /// The address the site will be published at, such as `https://involvement.example.nhs.uk/`.
    /// It may end in a folder (`https://www.example.nhs.uk/involvement/`): every link follows it.
    #[schemars(regex(pattern = r"^https?://"))]
    pub base_url: String,
    /// The language the content is written in, as a language tag. Leave it as `en-GB` unless you
    /// publish in another language.
    #[serde(default = "default_language")]
    pub language: String,
    /// For a site published in more than one language: every language, the site's own
    /// `language` first, such as `[en-GB, cy]`. Each record may then have a translation beside
    /// it, named with the language: `crisis-line.cy.yaml` beside `crisis-line.yaml`.
    #[serde(default)]
    #[schemars(schema_with = "language_tags")]
    pub languages: Vec<String>,
    /// One or two sentences about the site, for search engines and the home page.
    pub description: Option<String>,
    /// How the public can reach your involvement team: shown in the footer and on the
    /// get-involved page.
    pub contact: Option<Contact>,
    /// A link target for the call to action, such as `pages/get-involved`.
    pub get_involved: Option<String>,
    /// The look of the site: `default`, or the name of a folder in `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Settings that protect people's personal information.
    #[serde(default)]
    pub privacy: Privacy,
    /// Your own wording for the four built-in involvement types. Give only the ones you want to
    /// change; every field inside is optional.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(schema_with = "involvement_overrides")]
    pub involvement_types: BTreeMap<String, InvolvementTypeText>,
    /// Your own wording for the built-in benefits of involvement, or new benefits to tag impact
    /// stories with, keyed by a lowercase id such as `shared-decisions`.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(extend("propertyNames" = { "pattern": super::schema::SLUG_PATTERN }))]
    pub benefits: BTreeMap<String, BenefitText>,
    /// Raw HTML in Markdown is removed unless you set this to `true`. Leave it off unless
    /// someone who knows HTML looks after the site.
    #[serde(default)]
    pub allow_raw_html: bool,
    /// How many projects or stories each list page shows; the rest go on further pages
    /// (`/page/2/` and on).
    #[serde(default, deserialize_with = "whole_number")]
    #[schemars(range(min = SiteConfig::MIN_PAGE_SIZE, max = SiteConfig::MAX_PAGE_SIZE))]
    #[schemars(extend("default" = SiteConfig::DEFAULT_PAGE_SIZE))]
    pub page_size: Option<i64>,
    /// The licence the open data is published under, shown on the open data page and in the
    /// JSON. Public bodies in the UK usually use the Open Government Licence, the default.
    pub data_licence: Option<Licence>,
    /// Your organisation's logo, such as `media/logo.svg`: shown at the top of every page,
    /// with the organisation's name as its text alternative.
    pub logo: Option<String>,
    /// Where readers can tell you whether a project page got it right: a web address
    /// (`https://…`) or an email address. Each project page links to it.
    pub feedback: Option<String>,
}

/// A licence: its name and where to read it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// Such as "Open Government Licence v3.0".
    pub name: String,
    /// The licence's own web page.
    #[schemars(regex(pattern = r"^https?://"))]
    pub url: String,
}

impl Licence {
    /// The Open Government Licence v3.0, which UK public bodies publish open data under.
    pub fn open_government() -> Licence {
        Licence {
            name: "Open Government Licence v3.0".into(),
            url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/".into(),
        }
    }
}

impl SiteConfig {
    /// `data_licence`, or the Open Government Licence when it is not given.
    pub fn data_licence(&self) -> Licence {
        self.data_licence.clone().unwrap_or_else(Licence::open_government)
    }

    /// Stands in for a site.yaml that is missing or broken, so the other files are still
    /// checked in the same run. Its build never writes: the site.yaml error stops it.
    pub fn placeholder() -> SiteConfig {
        SiteConfig {
            title: String::new(),
            organisation: String::new(),
            base_url: "https://example.invalid/".into(),
            language: default_language(),
            languages: Vec::new(),
            description: None,
            contact: None,
            get_involved: None,
            theme: default_theme(),
            privacy: Privacy::default(),
            involvement_types: BTreeMap::new(),
            benefits: BTreeMap::new(),
            allow_raw_html: false,
            page_size: None,
            data_licence: None,
            logo: None,
            feedback: None,
        }
    }

    /// Items a list page shows when `page_size` is not given.
    pub const DEFAULT_PAGE_SIZE: usize = 50;

    /// The smallest `page_size`: with fewer, even a modest list would be split over many
    /// pages that are mostly heading, figures and pager.
    pub const MIN_PAGE_SIZE: i64 = 5;

    /// The largest `page_size`: with more, a page of project cards (about 0.8 KB of HTML
    /// each) passes 400 KB, slow to load on a phone and long to move through card by card
    /// with a screen reader.
    pub const MAX_PAGE_SIZE: i64 = 500;

    /// Items per page of every paginated list: `page_size`, or the default when it is not
    /// given or out of range (the site checks report that as an error).
    pub fn page_size(&self) -> usize {
        self.page_size
            .filter(|n| (Self::MIN_PAGE_SIZE..=Self::MAX_PAGE_SIZE).contains(n))
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(Self::DEFAULT_PAGE_SIZE)
    }

    /// The error for a `page_size` that is not a whole number from [`Self::MIN_PAGE_SIZE`]
    /// to [`Self::MAX_PAGE_SIZE`], as (message, hint); `found` is the value as written.
    pub fn page_size_error(found: &str) -> (String, String) {
        let (min, max) = (Self::MIN_PAGE_SIZE, Self::MAX_PAGE_SIZE);
        (
            format!("page_size: must be a whole number from {min} to {max}, not {found}"),
            format!("write a whole number from {min} to {max}, or delete the line to use {}", Self::DEFAULT_PAGE_SIZE),
        )
    }
}

/// `page_size`: any whole number, so that one out of range is reported by the site checks
/// with its value; anything else (text, a decimal) is refused here with the same message.
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Option<i64>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            self.visit_i128(i128::from(v))
        }
        fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Self::Value, E> {
            i64::try_from(v).map(Some).map_err(|_| refused(&v.to_string()))
        }
        fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Self::Value, E> {
            i128::try_from(v).map_or_else(|_| Err(refused(&v.to_string())), |v| self.visit_i128(v))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Err(refused(&format!("{v:?}")))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Err(refused(&format!("\"{v}\"")))
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Err(refused(&v.to_string()))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(refused("a list"))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(refused("a set of fields"))
        }
    }
    fn refused<E: serde::de::Error>(found: &str) -> E {
        let (message, hint) = SiteConfig::page_size_error(found);
        E::custom(format!("{message}{}{hint}", super::yaml::HINT_SEPARATOR))
    }
    d.deserialize_any(Visitor)
}

fn default_language() -> String {
    "en-GB".into()
}

fn default_theme() -> String {
    "default".into()
}

/// How the public can reach the involvement team.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The team's name, such as "Patient and Carer Involvement Team".
    pub team: Option<String>,
    /// A team email address, never a personal one.
    pub email: Option<String>,
    /// A phone number, written as people would dial it. Put it in quotes.
    pub phone: Option<String>,
}

/// Settings that protect people's personal information.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Email addresses at these domains may appear in content (`example.nhs.uk`). Any other
    /// address is flagged, in case it is someone's personal email.
    #[serde(default)]
    pub allowed_email_domains: Vec<String>,
}

/// An override of a built-in involvement type's wording.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InvolvementTypeText {
    /// The name shown for the type, such as "Co-design".
    pub label: Option<String>,
    /// The level of influence the type offers, told to the public ("We asked for your views…").
    pub influence: Option<String>,
    /// A longer explanation, shown on the "ways we involve people" pages.
    pub description: Option<String>,
}

/// An override of a built-in benefit, or a new one.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitText {
    /// The name shown for the benefit, such as "Shared decisions".
    pub label: Option<String>,
    /// One line on what the benefit means.
    pub description: Option<String>,
}

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

/// `content/strategy/<slug>.yaml`: a strategy on a page.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    /// The strategy's name, such as "Together: our involvement strategy".
    pub title: String,
    /// When the strategy was published.
    pub published: Date,
    /// The years the strategy covers.
    pub period: Period,
    /// What the strategy wants to achieve, in one or two sentences.
    pub vision: String,
    /// Why this strategy, and how it was written (Markdown).
    pub summary: Option<String>,
    /// What the strategy sets out to do: between 1 and 12 ambitions, each shown as a card.
    #[schemars(length(min = 1, max = 12))]
    pub ambitions: Vec<Ambition>,
    /// The 4Pi standards the strategy follows.
    #[serde(default)]
    pub standards: Vec<Standard>,
    /// `true` keeps the strategy out of the published site until it is ready.
    #[serde(default)]
    pub draft: bool,
    /// Strings in this file the privacy guard should let through, with the reason (see
    /// docs/privacy-waiver.md). Leave it out unless a check flagged something that is safe.
    pub privacy_waiver: Option<PrivacyWaiver>,
}

/// The years a strategy covers.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day (or month) the strategy covers.
    pub from: Date,
    /// The last day (or month) the strategy covers.
    pub to: Date,
}

/// One ambition of a strategy.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ambition {
    /// A short id, unique in this strategy, that projects use to say they serve this ambition
    /// (lowercase letters, digits and hyphens, such as `communication`).
    #[schemars(schema_with = "slug")]
    pub id: String,
    /// The ambition's name, such as "Communication".
    pub title: String,
    /// What the ambition means, in a sentence or two.
    pub statement: String,
    /// How we will know we have made a difference: each a sentence, or a figure followed over
    /// time (`text`, `unit`, `target` and dated `values`).
    #[serde(default)]
    #[schemars(extend("default" = []))]
    pub measures: Vec<Measure>,
}

/// One measure of an ambition: plain words, or a figure followed over time with the fields
/// `text` (what it is), `unit` (such as `%`), `target` (the value aimed for) and `values` (a
/// list of results, each a `date` and a `value`).
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(untagged)]
pub enum Measure {
    /// What we will look at, in words, such as "People tell us they felt listened to".
    Text(String),
    /// A figure we follow over time, such as a yearly survey result.
    Figure(MeasureFigure),
}

impl Measure {
    /// The measure's words, whichever form it takes.
    pub fn text(&self) -> &str {
        match self {
            Measure::Text(text) => text,
            Measure::Figure(figure) => &figure.text,
        }
    }
}

/// A measure as plain text or as a set of fields. Written by hand rather than with
/// `#[serde(untagged)]`, whose one error ("did not match any variant") would hide the real
/// problem: here a mistake inside the fields is reported as that field's own error.
impl<'de> Deserialize<'de> for Measure {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Measure, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Measure;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a sentence, or the fields text, unit, target and values")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Measure, E> {
                Ok(Measure::Text(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Measure, A::Error> {
                MeasureFigure::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Measure::Figure)
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A figure followed over time: "people who felt listened to", in per cent, target 80.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureFigure {
    /// What the figure is, such as "People who felt listened to".
    pub text: String,
    /// What the numbers count, such as `%` or "people". Leave it out for plain numbers.
    pub unit: Option<String>,
    /// The value we aim for, such as 80.
    pub target: Option<f64>,
    /// The results so far, each with the date it was measured.
    #[serde(default)]
    pub values: Vec<MeasureValue>,
}

/// One result of a measure.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureValue {
    /// When it was measured (`YYYY-MM-DD`, or `YYYY-MM`).
    pub date: Date,
    /// The result, such as 72.
    pub value: f64,
}

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
