//! `content/strategy/<slug>.yaml`: a strategy, its ambitions and their measures.

use super::{PrivacyWaiver, Standard};
use crate::content::date::Date;
use crate::content::schema::slug;
use schemars::JsonSchema;
use serde::Deserialize;

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
