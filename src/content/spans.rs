//! Where each value of a YAML document came from. serde_yaml gives typed values and located
//! *errors* but no positions for values that parsed fine, so when a position is first asked
//! for we walk the document's event stream once (yaml-rust2, no alias expansion, so it is
//! linear in the file size) and index the position of every value by its path, like
//! `you_said.0.we_did.1.status`. A clean build asks for almost none, so most files are never
//! indexed: that second parse was a sixth of a large build's CPU time.
//! How positions are found is this file's secret: callers only ask [`Locations::at`].

use crate::diagnostics::Location;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Value positions of one YAML document, found on first use.
#[derive(Debug, Clone, Default)]
pub struct Locations {
    /// Shared, so the preview's copy of the content (kept to rebuild the graph after a save)
    /// costs a reference count per file, not a copy of every file's text.
    text: Arc<str>,
    first_line: usize,
    /// Shared by the copies too, so the preview, which builds its graph again from a copy of
    /// the content after each save, indexes a file once, not after every save: at 10k
    /// projects with a warning each, indexing them again was most of a save's time.
    index: Arc<OnceLock<Index>>,
}

/// Two documents' positions are the same when their texts are.
impl PartialEq for Locations {
    fn eq(&self, other: &Self) -> bool {
        self.first_line == other.first_line && self.text == other.text
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Index {
    values: HashMap<String, Location>,
    keys: HashMap<String, Location>,
    duplicate: Option<(String, Location)>,
}

impl Locations {
    /// Positions in `text`; `first_line` is the file line the text starts on (front matter
    /// starts on line 2). Nothing is indexed until a position is asked for.
    pub fn new(text: &str, first_line: usize) -> Self {
        Locations { text: text.into(), first_line, index: Arc::default() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let end = Location::end_of(&self.text, self.first_line);
            let mut indexer = Indexer { first_line: self.first_line, end, ..Indexer::default() };
            // Errors here are impossible after serde_yaml accepted the text, and harmless if
            // the two parsers ever disagree: lookups then fall back to the start of the file.
            let _ = Parser::new_from_str(&self.text).load(&mut indexer, false);
            Index { values: indexer.values, keys: indexer.keys, duplicate: indexer.duplicate }
        })
    }

    /// The first key that repeats a key of the same mapping, and where.
    pub fn duplicate_key(&self) -> Option<(&str, Location)> {
        self.index().duplicate.as_ref().map(|(k, l)| (k.as_str(), *l))
    }

    /// The position of the key of the map entry at `path` (for errors about the key itself,
    /// such as an unknown id used as a key); falls back to the value's position.
    pub fn key_at(&self, path: &str) -> Location {
        self.index().keys.get(path).copied().unwrap_or_else(|| self.at(path))
    }

    /// The position of the value at `path`, or of its nearest indexed parent, or line 1.
    pub fn at(&self, path: &str) -> Location {
        let values = &self.index().values;
        let mut path = path;
        loop {
            if let Some(loc) = values.get(path) {
                return *loc;
            }
            match path.rfind('.') {
                Some(dot) => path = &path[..dot],
                None => return values.get("").copied().unwrap_or(Location::START),
            }
        }
    }
}

/// One open mapping or sequence on the way down.
#[derive(Debug)]
enum Frame {
    /// `key` is `Some` after a key scalar, while its value is awaited.
    Map {
        path: String,
        key: Option<String>,
        seen: std::collections::HashSet<String>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

#[derive(Debug, Default)]
struct Indexer {
    first_line: usize,
    /// Where the text ends: see `Location::within`.
    end: Location,
    stack: Vec<Frame>,
    values: HashMap<String, Location>,
    keys: HashMap<String, Location>,
    duplicate: Option<(String, Location)>,
}

impl Indexer {
    /// The path the next value will have, advancing the parent's cursor. `None` when the
    /// next scalar is a mapping key.
    fn next_value_path(&mut self) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Map { path, key, .. }) => key.take().map(|k| join(path, &k)),
            Some(Frame::Seq { path, next }) => {
                *next += 1;
                Some(join(path, &(*next - 1).to_string()))
            }
        }
    }

    /// Where `mark` is in the file (a value that ends it included: see `Location::within`).
    fn location(&self, mark: Marker) -> Location {
        Location::new(mark.line() + self.first_line - 1, mark.col() + 1).within(self.end)
    }
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}

impl MarkedEventReceiver for Indexer {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let location = self.location(mark);
        match event {
            Event::Scalar(value, ..) => match self.next_value_path() {
                Some(path) => {
                    self.values.insert(path, location);
                }
                None => {
                    if let Some(Frame::Map { path, key, seen }) = self.stack.last_mut() {
                        if !seen.insert(value.clone()) && self.duplicate.is_none() {
                            self.duplicate = Some((value.clone(), location));
                        }
                        self.keys.insert(join(path, &value), location);
                        *key = Some(value);
                    }
                }
            },
            Event::Alias(_) => {
                if let Some(path) = self.next_value_path() {
                    self.values.insert(path, location);
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                // A complex mapping key has no dotted path; index it under a placeholder.
                let path = self.next_value_path().unwrap_or_else(|| "?".to_string());
                self.values.insert(path.clone(), location);
                self.stack.push(if matches!(event, Event::MappingStart(..)) {
                    Frame::Map { path, key: None, seen: Default::default() }
                } else {
                    Frame::Seq { path, next: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_nested_values_by_path() {
        let text = "title: A\nyou_said:\n  - said: x\n    we_did:\n      - action: y\n        status: done\n";
        let locs = Locations::new(text, 1);
        assert_eq!(locs.at("title"), Location::new(1, 8));
        assert_eq!(locs.at("you_said.0.said"), Location::new(3, 11));
        assert_eq!(locs.at("you_said.0.we_did.0.status"), Location::new(6, 17));
        // Unknown paths fall back to the nearest parent.
        assert_eq!(locs.at("you_said.0.we_did.0.reason").line, 5);
    }

    #[test]
    fn front_matter_offsets_lines() {
        let locs = Locations::new("title: A\n", 2);
        assert_eq!(locs.at("title"), Location::new(2, 8));
    }
}
