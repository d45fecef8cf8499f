//! The parts of the JSON Schemas that the types alone cannot say: which ids the vocabularies
//! accept and what a slug looks like. The derives in [`super::model`] call these, so the
//! schemas an editor's tools check against come from the same lists the build checks with.

use super::model::{InvolvementTypeText, SiteConfig};
use super::vocab::Vocabulary;
use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

/// The JSON Schema (draft 7) of a record type: the one `wedid schema` writes for editors'
/// tools and the one [`super::validate`] checks a refused file against.
pub fn root<T: JsonSchema>() -> Schema {
    SchemaSettings::draft07().into_generator().into_root_schema_for::<T>()
}

/// The slug rule of [`super::is_slug`], as a pattern.
pub const SLUG_PATTERN: &str = "^[a-z0-9-]+$";

/// A file name or id: lowercase letters, digits and hyphens.
pub fn slug(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "pattern": SLUG_PATTERN })
}

/// A list of slugs.
pub fn slugs(generator: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "array", "items": slug(generator) })
}

/// One of the built-in involvement types. Sites may reword them but not add new ones, so an
/// unknown type (a typo, or "coffee-morning") is flagged as you type.
pub fn involvement_id(_: &mut SchemaGenerator) -> Schema {
    let ids: Vec<&str> = Vocabulary::type_ids().collect();
    json_schema!({ "type": "string", "enum": ids })
}

/// Benefit ids: the built-ins are offered as completions, and any other slug is accepted
/// because `site.yaml` may add benefits (the build checks those against the site).
pub fn benefit_ids(_: &mut SchemaGenerator) -> Schema {
    let ids: Vec<String> = Vocabulary::for_site(&SiteConfig::placeholder()).benefits.into_iter().map(|b| b.id).collect();
    json_schema!({
        "type": "array",
        "items": { "anyOf": [{ "type": "string", "enum": ids }, { "type": "string", "pattern": SLUG_PATTERN }] }
    })
}

/// `involvement_types` in site.yaml: only the built-in ids may be reworded.
pub fn involvement_overrides(generator: &mut SchemaGenerator) -> Schema {
    let text = generator.subschema_for::<InvolvementTypeText>();
    let properties: serde_json::Map<String, serde_json::Value> =
        Vocabulary::type_ids().map(|id| (id.to_string(), text.clone().to_value())).collect();
    json_schema!({ "type": "object", "properties": properties, "additionalProperties": false })
}

/// `languages` in site.yaml: the tags wedid knows, each once.
pub fn language_tags(_: &mut SchemaGenerator) -> Schema {
    let tags: Vec<&str> = super::translations::KNOWN_LANGUAGES.iter().map(|(tag, _)| *tag).collect();
    json_schema!({ "type": "array", "items": { "type": "string", "enum": tags }, "uniqueItems": true })
}
