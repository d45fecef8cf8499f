//! The words of the interface, from a catalogue per language: the only user of Fluent.
//!
//! Fluent is used rather than a table of strings because its selectors carry each language's
//! plural rules (CLDR): Welsh has six plural forms (zero, one, two, few, many, other) and
//! mutates the noun after some numbers ("1 peth", "2 beth", "3 pheth"), which a string table
//! with an English-shaped plural cannot say.
//!
//! The built-in catalogues are the theme's `words/<language>.ftl` (compiled into the binary by
//! `build.rs` with the rest of `themes/default/`); a site's theme may override any message or
//! add a language with its own `themes/<name>/words/<language>.ftl`. The English catalogue is
//! the reference: a language with no catalogue, or a catalogue without one of its messages, is
//! a located error naming the message.
//!
//! Words are resolved once per build: every message without arguments is formatted into
//! [`Words::plain`] (handed to templates once, as `t`), and messages with arguments (counts,
//! dates) are formatted in Rust into the pages' views. Templates never call Fluent.

use crate::content::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Location};
use crate::site::{read_text, SourceFile, SourceKind};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::RwLock;

/// The reference catalogue: every other language must have each of its messages.
pub const REFERENCE: &str = "en-GB";

/// Missing messages named one by one; the rest are counted in one more error.
const MISSING_NAMED: usize = 10;

/// One language's interface words.
pub struct Words {
    language: String,
    bundle: FluentBundle<FluentResource>,
    plain: BTreeMap<String, String>,
    /// Each date already written out. A site's records share a few thousand dates, and a
    /// large site shows them on a hundred thousand cards and pages: Fluent writing the same
    /// date again was a fortieth of a build.
    dates: Written<Date>,
    /// Each message with numbers only already written, by its id and numbers. Pages repeat a
    /// few thousand of them ("4 things, 3 acted on") twenty thousand times at 1k+1k, and
    /// Fluent took 5,000 instructions to write each again. Messages with text are not kept:
    /// at 10k+10k those were mostly each poster's title, 20 MB kept for nothing.
    counted: Written<Vec<u8>>,
}

/// Texts already written by Fluent, shared by the threads of a render. Past [`MOST_KEPT`]
/// new ones are written but no longer kept, so no site can grow it without end.
struct Written<K>(RwLock<HashMap<K, String>>);

impl<K> Default for Written<K> {
    fn default() -> Self {
        Written(RwLock::new(HashMap::new()))
    }
}

/// More than the dates and counted messages of any site seen; see [`Written`].
const MOST_KEPT: usize = 20_000;

impl<K: std::hash::Hash + Eq> Written<K> {
    /// The text kept for `key`, or `write`'s, kept for next time. Two threads may write the
    /// same text at once; both write the same, so the lock only guards the map.
    fn get_or_write(&self, key: K, write: impl FnOnce() -> String) -> String {
        if let Some(text) = self.0.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return text.clone();
        }
        let text = write();
        let mut kept = self.0.write().unwrap_or_else(|e| e.into_inner());
        if kept.len() < MOST_KEPT {
            kept.insert(key, text.clone());
        }
        text
    }
}

/// A catalogue's text and where it came from.
struct Catalogue {
    file: PathBuf,
    text: String,
}

impl Catalogue {
    fn built_in(&self) -> bool {
        self.file.starts_with(BUILT_IN)
    }
}

/// Where built-in catalogues and templates say they come from, in diagnostics.
pub(crate) const BUILT_IN: &str = "(built-in theme)";

/// Loads the words for `language`: the built-in catalogue of that language (if any), overlaid
/// message by message with the theme's. `built_in` is the theme's embedded files; `at` is
/// where site.yaml names the language.
pub fn load(
    root: &Path,
    theme: &str,
    (language, at): (&str, Location),
    built_in: &[(&str, &[u8])],
    site_files: &[SourceFile],
    diagnostics: &mut Diagnostics,
) -> Option<Words> {
    // A tag that is not one is reported by site.yaml's own check; no words can be chosen.
    let id = language.parse::<unic_langid::LanguageIdentifier>().ok()?;
    let mut catalogues: BTreeMap<String, Vec<Catalogue>> = BTreeMap::new();
    for (path, bytes) in built_in {
        if let Some(lang) = path.strip_prefix("words/").and_then(|p| p.strip_suffix(".ftl")) {
            let file = PathBuf::from(format!("{BUILT_IN}/words/{lang}.ftl"));
            catalogues.entry(lang.to_string()).or_default().push(Catalogue { file, text: String::from_utf8_lossy(bytes).into_owned() });
        }
    }
    let ours = site_files.iter().filter(|f| matches!(&f.kind, SourceKind::ThemeWords { theme: t } if t == theme));
    for file in ours {
        let Some(lang) = file.path.file_stem().and_then(|s| s.to_str()) else { continue };
        match read_text(root, &file.path) {
            Ok(text) => catalogues.entry(lang.to_string()).or_default().push(Catalogue { file: file.path.clone(), text }),
            Err(d) => diagnostics.push(d),
        }
    }
    // What every language must say: the built-in English messages (a theme's additions to
    // English are its own business).
    let built_in_english: Option<Vec<&Catalogue>> = catalogues.get(REFERENCE).map(|c| c.iter().filter(|c| c.built_in()).collect());
    let Some(reference) = built_in_english.map(|c| message_ids(c.into_iter(), &mut Diagnostics::new())) else {
        diagnostics.push(Diagnostic::error("words", "themes", "the built-in English catalogue is missing"));
        return None;
    };
    let Some(ours) = catalogues.get(language) else {
        diagnostics.push(
            Diagnostic::error("words-language", "site.yaml", format!("there is no catalogue of interface words for the language \"{language}\""))
                .at(at)
                .hint(format!(
                    "built in: {}; add themes/{theme}/words/{language}.ftl with every message of the English catalogue (themes/default/words/{REFERENCE}.ftl in wedid)",
                    catalogues.keys().cloned().collect::<Vec<_>>().join(", ")
                )),
        );
        return None;
    };
    let words = Words::new(language, id, ours, diagnostics)?;
    let missing: Vec<&String> = reference.iter().filter(|id| !words.bundle.has_message(id)).collect();
    let file = ours.last().map_or_else(|| PathBuf::from("themes"), |c| c.file.clone());
    for id in missing.iter().take(MISSING_NAMED) {
        diagnostics
            .push(Diagnostic::error("words-missing", &file, format!("the \"{language}\" catalogue has no message \"{id}\"")).hint(
                format!("add `{id} = …` in the words of this language; the English catalogue says \"{}\"", english(&catalogues, id)),
            ));
    }
    if missing.len() > MISSING_NAMED {
        diagnostics.push(
            Diagnostic::error(
                "words-missing",
                &file,
                format!("the \"{language}\" catalogue lacks {} more messages", missing.len() - MISSING_NAMED),
            )
            .hint(format!("start from wedid's themes/default/words/{REFERENCE}.ftl, which has every message, and translate each")),
        );
    }
    missing.is_empty().then_some(words)
}

/// The English text of a message, for the hint of a missing one.
fn english(catalogues: &BTreeMap<String, Vec<Catalogue>>, id: &str) -> String {
    let Some(en) = catalogues.get(REFERENCE) else { return String::new() };
    let tag = REFERENCE.parse().ok();
    tag.and_then(|tag| Words::new(REFERENCE, tag, en, &mut Diagnostics::new())).map(|w| w.get(id).to_string()).unwrap_or_default()
}

/// Every message id of the catalogues of one language.
fn message_ids<'a>(catalogues: impl Iterator<Item = &'a Catalogue>, diagnostics: &mut Diagnostics) -> Vec<String> {
    let mut ids: Vec<String> = catalogues
        .filter_map(|c| parse(c, diagnostics))
        .flat_map(|r| {
            r.entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Parses one catalogue; syntax errors are located in its file.
fn parse(catalogue: &Catalogue, diagnostics: &mut Diagnostics) -> Option<FluentResource> {
    match FluentResource::try_new(catalogue.text.clone()) {
        Ok(r) => Some(r),
        Err((_, errors)) => {
            let lines = LineIndex::new(&catalogue.text);
            for e in errors {
                diagnostics.push(
                    Diagnostic::error("words-syntax", &catalogue.file, format!("this catalogue has a syntax error: {}", e.kind))
                        .at(lines.location(e.pos.start, e.pos.len().max(1)))
                        .hint("a message is `id = text`; continued lines are indented; see projectfluent.org for the syntax"),
                );
            }
            None
        }
    }
}

impl Words {
    /// A bundle of `catalogues` in order, each later one overriding the earlier's messages.
    fn new(language: &str, id: unic_langid::LanguageIdentifier, catalogues: &[Catalogue], diagnostics: &mut Diagnostics) -> Option<Self> {
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: the pages are left-to-right HTML and
        // the marks would show in text copied from them.
        bundle.set_use_isolating(false);
        let mut problems = Diagnostics::new();
        for catalogue in catalogues {
            if let Some(resource) = parse(catalogue, &mut problems) {
                bundle.add_resource_overriding(resource);
            }
        }
        if problems.has_errors() {
            diagnostics.extend(problems.into_sorted());
            return None;
        }
        let mut words = Words {
            language: language.to_string(),
            bundle,
            plain: BTreeMap::new(),
            dates: Written::default(),
            counted: Written::default(),
        };
        let ids = message_ids(catalogues.iter(), &mut Diagnostics::new());
        words.plain = ids.into_iter().filter_map(|id| words.format(&id, None).map(|text| (id, text))).collect();
        Some(words)
    }

    /// Formats a message; `None` when it has no value or needs arguments it was not given.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        errors.is_empty().then_some(text)
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The language tag these words are in.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Every message without arguments, by id: what templates see as `t`.
    pub fn plain(&self) -> &BTreeMap<String, String> {
        &self.plain
    }

    /// A message without arguments. Every catalogue has every message of the English one
    /// (checked when loading), so an id missing here is wedid's own mistake: the id shows.
    pub fn get<'a>(&'a self, id: &'a str) -> &'a str {
        self.plain.get(id).map_or(id, String::as_str)
    }

    /// A message with arguments: numbers select the plural form, text is put in as it is.
    /// One with numbers only is kept once written (see `counted`); one with text is written
    /// each time, as its text is mostly a record's own (a title), seen once.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut key = Vec::with_capacity(64);
        key.extend_from_slice(id.as_bytes());
        for (name, value) in args {
            let Arg::Number(n) = value else { return self.write_with(id, args) };
            // Names are identifiers, so a space cannot occur in one: the key is unambiguous.
            key.push(b' ');
            key.extend_from_slice(name.as_bytes());
            key.extend_from_slice(&n.to_bits().to_le_bytes());
        }
        self.counted.get_or_write(key, || self.write_with(id, args))
    }

    fn write_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent.set(*name, FluentValue::from(*t)),
            }
        }
        self.format(id, Some(&fluent)).unwrap_or_else(|| id.to_string())
    }

    /// A message whose only argument is `$count`.
    pub fn count(&self, id: &str, count: impl Into<f64>) -> String {
        self.with(id, &[("count", Arg::Number(count.into()))])
    }

    /// A date as people read it: "15 January 2024", "May 2024", with the month's name from
    /// the catalogue (`month_1` … `month_12`).
    pub fn date(&self, d: Date) -> String {
        self.dates.get_or_write(d, || self.write_date(d))
    }

    fn write_date(&self, d: Date) -> String {
        let month = self.get(MONTHS[usize::from(d.month().clamp(1, 12)) - 1]);
        let year = d.year().to_string();
        match d.day() {
            Some(day) => {
                self.with("date_day", &[("day", Arg::Number(f64::from(day))), ("month", Arg::Text(month)), ("year", Arg::Text(&year))])
            }
            None => self.with("date_month", &[("month", Arg::Text(month)), ("year", Arg::Text(&year))]),
        }
    }
}

/// The literal text of every message of a catalogue, in every variant, split at the values
/// put in: what a page may show of that catalogue. A test reads English's and checks that a
/// Welsh page shows none of it.
pub fn phrases(catalogue: &str) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
    fn walk(pattern: &Pattern<&str>, out: &mut Vec<String>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push(value.split_whitespace().collect::<Vec<_>>().join(" ")),
                PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                    variants.iter().for_each(|v| walk(&v.value, out));
                }
                PatternElement::Placeable { .. } => out.push(String::new()),
            }
        }
    }
    let resource = match FluentResource::try_new(catalogue.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                walk(value, &mut out);
            }
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

const MONTHS: [&str; 12] =
    ["month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8", "month_9", "month_10", "month_11", "month_12"];

/// An argument of a message.
pub enum Arg<'a> {
    Number(f64),
    Text(&'a str),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::THEME_FILES;

    fn english() -> String {
        let (_, bytes) = THEME_FILES.iter().find(|(p, _)| *p == "words/en-GB.ftl").expect("built in");
        String::from_utf8_lossy(bytes).into_owned()
    }

    /// `text` without the message `id` (its first line and its indented continuation lines).
    fn without(text: &str, id: &str) -> String {
        let mut skipping = false;
        let mut kept = String::new();
        for line in text.lines() {
            if line.starts_with(&format!("{id} =")) {
                skipping = true;
                continue;
            }
            if skipping && (line.starts_with(' ') || line.starts_with('}')) {
                continue;
            }
            skipping = false;
            kept.push_str(line);
            kept.push('\n');
        }
        kept
    }

    #[test]
    fn every_english_message_is_required_of_another_language_by_its_id() {
        let english = english();
        let ids = message_ids([Catalogue { file: PathBuf::from("en"), text: english.clone() }].iter(), &mut Diagnostics::new());
        assert!(ids.len() > 200, "the catalogue is read whole: {}", ids.len());
        for id in &ids {
            let other = without(&english, id);
            let files: [(&str, &[u8]); 2] = [("words/en-GB.ftl", english.as_bytes()), ("words/xx.ftl", other.as_bytes())];
            let mut d = Diagnostics::new();
            assert!(load(Path::new("."), "default", ("xx", Location::START), &files, &[], &mut d).is_none(), "{id}");
            let errors = d.into_sorted();
            assert_eq!(errors.len(), 1, "{id}: {errors:?}");
            assert!(errors[0].message.contains(&format!("no message \"{id}\"")), "{id}: {}", errors[0].message);
        }
    }

    #[test]
    fn english_dates_and_counts() {
        let words = crate::theme::built_in_words(REFERENCE).expect("built in");
        assert_eq!(Date::parse("2024-01-15").map(|d| words.date(d)), Ok("15 January 2024".into()));
        assert_eq!(Date::parse("2024-05").map(|d| words.date(d)), Ok("May 2024".into()));
        // Written once, then remembered: each date keeps its own text.
        for (date, text) in [("2024-01-15", "15 January 2024"), ("2024-01-16", "16 January 2024"), ("2024-01", "January 2024")] {
            assert_eq!(Date::parse(date).map(|d| words.date(d)), Ok(text.into()), "{date}");
        }
        assert_eq!(words.count("showing_projects", 1), "Showing 1 project");
        assert_eq!(words.count("showing_projects", 2), "Showing 2 projects");
        // Messages with numbers are remembered, each by all of its numbers.
        assert_eq!(words.count("showing_projects", 1), "Showing 1 project");
        let told =
            |count: f64, acted_on: f64| words.with("card_told_us", &[("count", Arg::Number(count)), ("acted_on", Arg::Number(acted_on))]);
        for _ in 0..2 {
            assert_eq!(
                [told(3.0, 1.0), told(3.0, 2.0), told(1.0, 1.0)],
                ["3 things, 1 acted on", "3 things, 2 acted on", "1 thing, 1 acted on"]
            );
        }
        let team = |name: &str| words.with("contact_team", &[("team", Arg::Text(name))]);
        for _ in 0..2 {
            assert_eq!([team("PALS team"), team("involvement team")], ["the PALS team", "the involvement team"]);
        }
        assert_eq!(words.get("skip_link"), "Skip to main content");
    }

    #[test]
    fn welsh_has_every_message_and_its_six_plural_forms() {
        let mut d = Diagnostics::new();
        let words = load(Path::new("."), "default", ("cy", Location::START), THEME_FILES, &[], &mut d).expect("Welsh is built in");
        assert!(d.into_sorted().is_empty());
        assert_eq!(Date::parse("2024-01-15").map(|d| words.date(d)), Ok("15 Ionawr 2024".into()));
        let things = |n: u32| {
            let args = [("count", Arg::Number(f64::from(n))), ("acted_on", Arg::Number(0.0))];
            words.with("card_told_us", &args).replace(", 0 wedi gweithredu", "")
        };
        let said: Vec<String> = [0, 1, 2, 3, 4, 6, 11].into_iter().map(things).collect();
        assert_eq!(said, ["0 peth", "1 peth", "2 beth", "3 pheth", "4 peth", "6 pheth", "11 peth"]);
        assert_eq!(words.count("showing_projects", 2), "Yn dangos 2 brosiect");
        assert_eq!(words.count("showing_projects", 3), "Yn dangos 3 phrosiect");
    }
}
