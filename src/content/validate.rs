//! Every problem in a file, in one run: walks a file's positioned [`Tree`] field by field
//! against the JSON Schema derived from its `model` type (the same schema editors' tools
//! check with), collecting a located diagnostic for each unknown field, wrong type, value
//! outside a vocabulary, bad date, missing field, length and conditional rule.
//!
//! It runs only on a file serde refused: serde reports one problem and stops, this reports
//! them all. A file with no problems here is then built by serde as usual. Dates are checked
//! by [`Date::parse`] itself, so the day must exist in its month as the build requires.

use super::date::Date;
use super::tree::{Entry, Node, Tree, Value};
use super::yaml::HINT_SEPARATOR;
use crate::diagnostics::{did_you_mean, Diagnostic, Location};
use serde_json::{Map, Value as Json};
use std::collections::HashMap;
use std::path::Path;

/// Every problem `tree` has against `schema` (a root schema, `definitions` included).
pub fn check(tree: &Tree, schema: &Json, file: &Path) -> Vec<Diagnostic> {
    let mut walker = Walker { root: schema, file, out: Vec::new(), patterns: HashMap::new() };
    for (key, at) in &tree.repeated {
        walker.out.push(
            Diagnostic::error("duplicate-key", file, format!("\"{key}\" is given twice"))
                .at(*at)
                .hint("delete one of the two lines; a typo must not hide which value is meant"),
        );
    }
    let root = Field { path: Vec::new(), key_at: tree.root.at, because: None };
    walker.node(schema, &tree.root, &root);
    walker.out
}

/// The names of the fields `schema` requires at its top level, in schema order: for the
/// message about an empty file.
pub fn required_fields(schema: &Json) -> Vec<&str> {
    schema.get("required").and_then(Json::as_array).map(|r| r.iter().filter_map(Json::as_str).collect()).unwrap_or_default()
}

/// Where a value sits: its path from the root, where its key is, and, inside the `then` of
/// an `if`, the condition that made it required.
#[derive(Clone)]
struct Field<'a> {
    path: Vec<Step<'a>>,
    key_at: Location,
    because: Option<String>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> Field<'a> {
    fn child(&self, step: Step<'a>, key_at: Location) -> Field<'a> {
        let mut path = self.path.clone();
        path.push(step);
        Field { path, key_at, because: None }
    }

    /// `you_said[0].we_did[1]`: the path as editors read it.
    fn dotted(steps: &[Step]) -> String {
        let mut out = String::new();
        for step in steps {
            match step {
                Step::Key(k) if out.is_empty() => out.push_str(k),
                Step::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// "started: " or "status: " — the field a message is about, with its parent in
    /// brackets when nested: every value error names its field.
    fn label(&self) -> String {
        let last_key = self.path.iter().rposition(|s| matches!(s, Step::Key(_)));
        match last_key {
            None if self.path.is_empty() => String::new(),
            None => format!("{}: ", Field::dotted(&self.path)),
            Some(i) => format!("{}: ", Field::dotted(&self.path[i..])),
        }
    }

    /// " (in you_said[0].we_did[1])" for a nested value; nothing at the top level.
    fn within(&self) -> String {
        let last_key = self.path.iter().rposition(|s| matches!(s, Step::Key(_))).unwrap_or(0);
        if last_key == 0 {
            String::new()
        } else {
            format!(" (in {})", Field::dotted(&self.path[..last_key]))
        }
    }

    /// The field's own name, as a key (`count`), or its path for a list item.
    fn name(&self) -> String {
        match self.path.last() {
            Some(Step::Key(k)) => (*k).to_string(),
            _ => Field::dotted(&self.path),
        }
    }
}

struct Walker<'a> {
    root: &'a Json,
    file: &'a Path,
    out: Vec<Diagnostic>,
    patterns: HashMap<String, Option<regex::Regex>>,
}

impl<'a> Walker<'a> {
    fn error(&mut self, code: &'static str, at: Location, message: String, hint: impl Into<String>) {
        self.out.push(Diagnostic::error(code, self.file, message).at(at).hint(hint));
    }

    /// Whether `node` satisfies `schema`, without reporting anything.
    fn passes(&mut self, schema: &'a Json, node: &'a Node, field: &Field<'a>) -> bool {
        let before = self.out.len();
        self.node(schema, node, field);
        let passed = self.out.len() == before;
        self.out.truncate(before);
        passed
    }

    fn definition(&self, reference: &str) -> Option<&'a Json> {
        let name = reference.strip_prefix("#/definitions/")?;
        self.root.get("definitions")?.get(name)
    }

    fn node(&mut self, schema: &'a Json, node: &'a Node, field: &Field<'a>) {
        let Some(schema) = schema.as_object() else { return };
        if let Some(reference) = schema.get("$ref").and_then(Json::as_str) {
            // A date is checked by the type that parses it: the schema's pattern cannot
            // know that February 2023 has 28 days.
            if reference == "#/definitions/Date" {
                return self.date(node, field);
            }
            if let Some(target) = self.definition(reference) {
                self.node(target, node, field);
            }
        }
        if !self.types(schema, node, field) {
            return;
        }
        for part in schema.get("allOf").and_then(Json::as_array).into_iter().flatten() {
            self.node(part, node, field);
        }
        if let Some(options) = schema.get("anyOf").and_then(Json::as_array) {
            self.any_of(options, node, field);
        }
        self.value(schema, node, field);
        match &node.value {
            Value::Map(entries) => self.map(schema, node.at, entries, field),
            Value::List(items) => self.list(schema, items, field),
            _ => {}
        }
        self.conditional(schema, node, field);
    }

    /// `type`: false when the value is of the wrong kind (then nothing else is checked).
    fn types(&mut self, schema: &Map<String, Json>, node: &Node, field: &Field) -> bool {
        let Some(types) = schema.get("type") else { return true };
        let types: Vec<&str> = match types {
            Json::String(t) => vec![t.as_str()],
            Json::Array(ts) => ts.iter().filter_map(Json::as_str).collect(),
            _ => return true,
        };
        if types.iter().any(|t| fits(t, &node.value)) {
            return true;
        }
        if node.value != Value::Null && types.contains(&"integer") && schema.contains_key("minimum") && schema.contains_key("maximum") {
            // A number with a range says the range, whatever was written instead.
            let shown = match &node.value {
                Value::Text(t) => format!("\"{t}\""),
                other => scalar_text(other).unwrap_or_else(|| other.kind()),
            };
            self.out_of_range(schema, &shown, node.at, field);
        } else {
            self.wrong_type(&types, node, field);
        }
        false
    }

    fn wrong_type(&mut self, types: &[&str], node: &Node, field: &Field) {
        if node.value == Value::Null {
            let name = field.name();
            let message = format!("\"{name}\" is empty{}", field.within());
            return self.error("empty-field", field.key_at, message, format!("write a value for {name}, or remove the line"));
        }
        let expected: Vec<&str> = types.iter().filter(|t| **t != "null").map(|t| plain_type(t)).collect();
        let message = format!("{}expected {}, found {}{}", field.label(), expected.join(" or "), node.value.kind(), field.within());
        self.error("wrong-type", node.at, message, "check the value's form in the content guide");
    }

    fn any_of(&mut self, options: &'a [Json], node: &'a Node, field: &Field<'a>) {
        if options.iter().any(|o| self.passes(o, node, field)) {
            return;
        }
        // Report the option meant for this kind of value (the date, not the null, of an
        // optional date); when none is, the value is of the wrong kind.
        let meant = options.iter().find(|o| self.shape(o).iter().any(|t| fits(t, &node.value)));
        match meant {
            Some(option) => self.node(option, node, field),
            None => {
                let types: Vec<&str> = options.iter().flat_map(|o| self.shape(o)).collect();
                self.wrong_type(&types, node, field);
            }
        }
    }

    /// The kinds of value a schema takes, looking through `$ref` and `allOf` (how a described
    /// reference is written): a date is text.
    fn shape(&self, schema: &'a Json) -> Vec<&'a str> {
        if let Some(target) = schema.get("$ref").and_then(Json::as_str).and_then(|r| self.definition(r)) {
            return self.shape(target);
        }
        if let Some(parts) = schema.get("allOf").and_then(Json::as_array) {
            return parts.iter().flat_map(|part| self.shape(part)).collect();
        }
        match schema.get("type") {
            Some(Json::String(t)) => vec![t.as_str()],
            Some(Json::Array(ts)) => ts.iter().filter_map(Json::as_str).collect(),
            _ => schema.get("enum").map_or_else(Vec::new, |_| vec!["string"]),
        }
    }

    /// `enum`, `const`, `pattern`, lengths and bounds of one value.
    fn value(&mut self, schema: &Map<String, Json>, node: &Node, field: &Field) {
        let label = field.label();
        let within = field.within();
        if let Some(allowed) = schema.get("enum").and_then(Json::as_array) {
            let allowed: Vec<&str> = allowed.iter().filter_map(Json::as_str).collect();
            let text = scalar_text(&node.value);
            if !text.as_deref().is_some_and(|t| allowed.contains(&t)) {
                let shown = text.map_or_else(|| node.value.kind(), |t| format!("\"{t}\""));
                let hint = did_you_mean(&shown.replace('"', ""), allowed.iter().copied())
                    .map(|h| format!("{h} (allowed: {})", allowed.join(", ")))
                    .unwrap_or_else(|| format!("use one of: {}", allowed.join(", ")));
                self.error("unknown-value", node.at, format!("{label}{shown} is not an allowed value{within}"), hint);
            }
        }
        if let Some(wanted) = schema.get("const") {
            if json_of(&node.value).as_ref() != Some(wanted) {
                let message = format!("{label}must be {wanted}, not {}{within}", node.value.kind());
                self.error("invalid-value", node.at, message, format!("write {}: {wanted}", field.name()));
            }
        }
        match &node.value {
            Value::List(items) => self.count(schema, items.len(), node.at, field),
            Value::Map(_) | Value::Null => {}
            other => {
                if let Value::Int(n) = other {
                    self.bounds(schema, *n, node.at, field);
                }
                if let Some(text) = scalar_text(other) {
                    self.text(schema, &text, node.at, field);
                }
            }
        }
    }

    fn text(&mut self, schema: &Map<String, Json>, text: &str, at: Location, field: &Field) {
        let (label, within) = (field.label(), field.within());
        if let Some(pattern) = schema.get("pattern").and_then(Json::as_str) {
            if !self.matches(pattern, text) {
                let (message, hint) = pattern_error(pattern, text);
                self.error("invalid-value", at, format!("{label}{message}{within}"), hint);
            }
        }
        let length = text.trim().chars().count();
        if let Some(max) = schema.get("maxLength").and_then(Json::as_u64).filter(|&m| length as u64 > m) {
            let message = too_long(&field.name(), length, max as usize);
            self.error("too-long", at, format!("{message}{within}"), too_long_hint(length, max as usize));
        }
        if schema.get("minLength").and_then(Json::as_u64).is_some_and(|min| (length as u64) < min) {
            let name = field.name();
            self.error("empty-field", field.key_at, format!("\"{name}\" is empty{within}"), format!("write a value for {name}"));
        }
    }

    fn count(&mut self, schema: &Map<String, Json>, len: usize, at: Location, field: &Field) {
        let min = schema.get("minItems").and_then(Json::as_u64);
        let max = schema.get("maxItems").and_then(Json::as_u64);
        let wanted = match (min, max) {
            (Some(min), Some(max)) if !(min..=max).contains(&(len as u64)) => format!("between {min} and {max}"),
            (Some(min), None) if (len as u64) < min => format!("at least {min}"),
            (None, Some(max)) if len as u64 > max => format!("at most {max}"),
            _ => String::new(),
        };
        if !wanted.is_empty() {
            let message = format!("{}needs {wanted} entries; this one has {len}{}", field.label(), field.within());
            self.error("wrong-count", at, message, format!("write {wanted} entries under {}", field.name()));
        }
    }

    fn bounds(&mut self, schema: &Map<String, Json>, n: i128, at: Location, field: &Field) {
        let min = schema.get("minimum").and_then(Json::as_i64).map(i128::from);
        let max = schema.get("maximum").and_then(Json::as_i64).map(i128::from);
        if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
            self.out_of_range(schema, &n.to_string(), at, field);
        }
    }

    fn out_of_range(&mut self, schema: &Map<String, Json>, shown: &str, at: Location, field: &Field) {
        let min = schema.get("minimum").and_then(Json::as_i64);
        let max = schema.get("maximum").and_then(Json::as_i64);
        let range = match (min, max) {
            (Some(min), Some(max)) => format!("a whole number from {min} to {max}"),
            (Some(min), None) => format!("a whole number of at least {min}"),
            (_, max) => format!("a whole number of at most {}", max.unwrap_or_default()),
        };
        let message = format!("{}must be {range}, not {shown}{}", field.label(), field.within());
        let default = schema.get("default").map(|d| format!(", or delete the line to use {d}")).unwrap_or_default();
        self.error("invalid-value", at, message, format!("write {range}{default}"));
    }

    fn matches(&mut self, pattern: &str, text: &str) -> bool {
        let regex = self.patterns.entry(pattern.to_string()).or_insert_with(|| regex::Regex::new(pattern).ok());
        regex.as_ref().is_none_or(|r| r.is_match(text))
    }

    fn date(&mut self, node: &Node, field: &Field) {
        let text = match &node.value {
            Value::Text(t) => t.clone(),
            Value::Int(n) => n.to_string(),
            Value::Float(x) => x.to_string(),
            _ => return self.wrong_type(&["a date"], node, field),
        };
        if let Err(error) = Date::parse(&text) {
            let (message, hint) = error.split_once(HINT_SEPARATOR).unwrap_or((&error, ""));
            self.error("invalid-value", node.at, format!("{}{message}{}", field.label(), field.within()), hint);
        }
    }

    fn map(&mut self, schema: &'a Map<String, Json>, at: Location, entries: &'a [Entry], field: &Field<'a>) {
        let properties = schema.get("properties").and_then(Json::as_object);
        let additional = schema.get("additionalProperties");
        let names = schema.get("propertyNames");
        // A misspelt field is one mistake: the field it stands for is not also reported
        // as missing.
        let mut meant: Vec<&str> = Vec::new();
        for entry in entries {
            let child = field.child(Step::Key(&entry.key), entry.key_at);
            if let Some(names) = names.and_then(Json::as_object) {
                self.key_name(names, entry, field);
            }
            match (properties.and_then(|p| p.get(&entry.key)), additional) {
                (Some(property), _) => self.node(property, &entry.node, &child),
                (None, Some(Json::Bool(false))) => meant.extend(self.unknown_field(properties, entry, field)),
                (None, Some(other)) => self.node(other, &entry.node, &child),
                (None, None) => {}
            }
        }
        // A missing field is placed at the record's first field: where it would go.
        let at = entries.first().map_or(at, |e| e.key_at);
        for name in schema.get("required").and_then(Json::as_array).into_iter().flatten().filter_map(Json::as_str) {
            if !entries.iter().any(|e| e.key == name) && !meant.contains(&name) {
                self.missing(name, at, field);
            }
        }
    }

    /// Reports an unknown field; returns the field it is probably a misspelling of.
    fn unknown_field(&mut self, properties: Option<&'a Map<String, Json>>, entry: &Entry, field: &Field) -> Option<&'a str> {
        let allowed: Vec<&'a str> = properties.map(|p| p.keys().map(String::as_str).collect()).unwrap_or_default();
        let suggestion = closest(&entry.key, &allowed);
        let hint = did_you_mean(&entry.key, allowed.iter().copied()).unwrap_or_else(|| match allowed.as_slice() {
            [] => "remove this line: nothing may be written here".into(),
            _ => format!("the fields allowed here are: {}", allowed.join(", ")),
        });
        let within = field.child(Step::Key(&entry.key), entry.key_at).within();
        self.error("unknown-field", entry.key_at, format!("unknown field \"{}\"{within}", entry.key), hint);
        suggestion
    }

    fn key_name(&mut self, names: &Map<String, Json>, entry: &Entry, field: &Field) {
        if let Some(pattern) = names.get("pattern").and_then(Json::as_str) {
            if !self.matches(pattern, &entry.key) {
                let (message, hint) = pattern_error(pattern, &entry.key);
                self.error("invalid-value", entry.key_at, format!("{}{message}", field.label()), hint);
            }
        }
    }

    fn missing(&mut self, name: &str, at: Location, field: &Field) {
        let inside = if field.path.is_empty() { String::new() } else { format!(" (in {})", Field::dotted(&field.path)) };
        let message = match &field.because {
            Some(condition) => format!("the field \"{name}\" is required when {condition}{inside}"),
            None => format!("the required field \"{name}\" is missing{inside}"),
        };
        self.error("missing-field", at, message, format!("add a line such as `{name}: …` to this record"));
    }

    /// Each item of a list. When later items have exactly the problems of an earlier one
    /// (a value pasted down a column, an alias repeated), the first is reported and its hint
    /// says how many more there are, instead of a screenful of the same line.
    fn list(&mut self, schema: &'a Map<String, Json>, items: &'a [Node], field: &Field<'a>) {
        let Some(item_schema) = schema.get("items") else { return };
        let mut seen: Vec<(usize, Vec<String>, usize)> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let start = self.out.len();
            self.node(item_schema, item, &field.child(Step::Index(i), item.at));
            if self.out.len() == start {
                continue;
            }
            let index = format!("[{i}]");
            let signature: Vec<String> =
                self.out[start..].iter().map(|d| format!("{} {}", d.code, d.message.replacen(&index, "[]", 1))).collect();
            match seen.iter_mut().find(|(_, s, _)| *s == signature) {
                Some((_, _, repeats)) => {
                    *repeats += 1;
                    self.out.truncate(start);
                }
                None => seen.push((start, signature, 0)),
            }
        }
        for (first, _, repeats) in seen.into_iter().filter(|(_, _, r)| *r > 0) {
            let same = if repeats == 1 { "1 more item has".to_string() } else { format!("{repeats} more items have") };
            let diagnostic = &mut self.out[first];
            diagnostic.hint = Some(format!("{} ({same} the same problem)", diagnostic.hint.take().unwrap_or_default()));
        }
    }

    /// `if`/`then`/`else`: a field required because of another's value says which.
    fn conditional(&mut self, schema: &'a Map<String, Json>, node: &'a Node, field: &Field<'a>) {
        let Some(condition) = schema.get("if") else { return };
        let branch = if self.passes(condition, node, field) { schema.get("then") } else { schema.get("else") };
        if let Some(branch) = branch {
            let because = condition_text(condition);
            self.node(branch, node, &Field { because, ..field.clone() });
        }
    }
}

/// The name in `allowed` that [`did_you_mean`] suggests for `word`.
fn closest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let hint = did_you_mean(word, allowed.iter().copied())?;
    allowed.iter().copied().find(|name| hint == format!("did you mean \"{name}\"?"))
}

/// "status is completed" from `{ properties: { status: { const: "completed" } } }`.
fn condition_text(condition: &Json) -> Option<String> {
    let (name, value) = condition.get("properties")?.as_object()?.iter().next()?;
    let value = value.get("const")?;
    Some(format!("{name} is {}", value.as_str().map_or_else(|| value.to_string(), str::to_string)))
}

/// Whether `value` is of JSON Schema type `t`.
fn fits(t: &str, value: &Value) -> bool {
    // serde_yaml reads any plain scalar into text (`title: 2024` is "2024"), so text fits it.
    if t == "string" && matches!(value, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        return true;
    }
    matches!(
        (t, value),
        ("null", Value::Null)
            | ("boolean", Value::Bool(_))
            | ("integer", Value::Int(_))
            | ("number", Value::Int(_) | Value::Float(_))
            | ("string", Value::Text(_))
            | ("array", Value::List(_))
            | ("object", Value::Map(_))
    )
}

fn plain_type(t: &str) -> &str {
    match t {
        "string" => "text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "a set of fields",
        other => other,
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Text(t) => Some(t.clone()),
        Value::Int(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Float(x) => Some(x.to_string()),
        _ => None,
    }
}

fn json_of(value: &Value) -> Option<Json> {
    match value {
        Value::Null => Some(Json::Null),
        Value::Bool(b) => Some(Json::Bool(*b)),
        Value::Int(n) => i64::try_from(*n).ok().map(Json::from),
        Value::Text(t) => Some(Json::String(t.clone())),
        _ => None,
    }
}

/// (message, hint) for a value that does not match a schema pattern.
fn pattern_error(pattern: &str, text: &str) -> (String, String) {
    if pattern == super::schema::SLUG_PATTERN {
        (
            format!("\"{text}\" is not a valid id"),
            format!("ids use only lowercase letters a-z, digits and hyphens, such as \"{}\"", super::slugify(text)),
        )
    } else if pattern.starts_with("^https?://") {
        (format!("\"{text}\" is not a web address"), "write the full address, starting with https://".into())
    } else {
        (format!("\"{text}\" is not in the expected form"), format!("it must match {pattern}"))
    }
}

/// The one wording of a text over its length limit, for the schema walk and the graph's
/// checks alike.
pub fn too_long(field: &str, length: usize, max: usize) -> String {
    format!("{field} is {length} characters long; the limit is {max}")
}

/// How much to cut, and where the rest can go.
pub fn too_long_hint(length: usize, max: usize) -> String {
    format!("shorten it by {} characters; put the detail in the main text", length - max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Project;
    use crate::content::tree;

    fn problems(text: &str) -> Vec<String> {
        let schema = crate::content::schema::root::<Project>();
        let tree = tree::parse(text, 1).expect("parses");
        let mut out: Vec<String> = check(&tree, schema.as_value(), Path::new("p.yaml"))
            .into_iter()
            .map(|d| format!("{}:{} {} {} | {}", d.location.line, d.location.column, d.code, d.message, d.hint.unwrap_or_default()))
            .collect();
        out.sort();
        out
    }

    const GOOD: &str = "title: T\nsummary: S\nservice: Crisis\ninvolvement: engagement\nstatus: in-progress\nstarted: 2024-01-15\nyou_said:\n  - said: x\n";

    #[test]
    fn a_good_project_has_no_problems() {
        assert_eq!(problems(GOOD), Vec::<String>::new());
    }

    #[test]
    fn every_problem_of_a_file_at_once() {
        let text = "titel: T\nsummary: S\nservice: Crisis\ninvolvement: Engagment\nstatus: Completed\nstarted: 31/11/2025\nyou_said:\n  - said: x\n    we_did:\n      - action: y\n        status: not-possible\n";
        assert_eq!(
            problems(text),
            [
                "10:9 missing-field the field \"reason\" is required when status is not-possible (in you_said[0].we_did[0]) | add a line such as `reason: …` to this record",
                "1:1 unknown-field unknown field \"titel\" | did you mean \"title\"?",
                "4:14 unknown-value involvement: \"Engagment\" is not an allowed value | did you mean \"engagement\"? (allowed: consultation, engagement, co-design, co-production)",
                "5:9 unknown-value status: \"Completed\" is not an allowed value | did you mean \"completed\"? (allowed: planned, in-progress, completed)",
                "6:10 invalid-value started: \"31/11/2025\" is not a date | write dates as YYYY-MM-DD, for example 2024-01-15 (or YYYY-MM, for example 2024-05, when only the month is known)",
            ]
        );
    }

    #[test]
    fn nested_types_lengths_and_empty_values_name_their_field() {
        let text = GOOD.replace("summary: S", &format!("summary: {}", "a".repeat(301))).replace("title: T", "title:")
            + "people:\n  - { group: Carers, count: many }\n";
        assert_eq!(
            problems(&text),
            [
                "10:29 wrong-type count: expected a whole number, found text \"many\" (in people[0]) | check the value's form in the content guide",
                "1:1 empty-field \"title\" is empty | write a value for title, or remove the line",
                "2:10 too-long summary is 301 characters long; the limit is 300 | shorten it by 1 characters; put the detail in the main text",
            ]
        );
    }

    #[test]
    fn repeated_keys_and_conditions() {
        let text = GOOD.replace("status: in-progress", "status: completed\nstatus: completed");
        assert_eq!(
            problems(&text),
            [
                "1:1 missing-field the field \"ended\" is required when status is completed | add a line such as `ended: …` to this record",
                "6:1 duplicate-key \"status\" is given twice | delete one of the two lines; a typo must not hide which value is meant",
            ]
        );
    }
}
