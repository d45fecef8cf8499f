//! A YAML document as a tree of values that each know their line and column, for
//! [`super::validate`] to check field by field. serde stops at a file's first problem and
//! says nothing of where good values are; this tree keeps going, so every problem in a file
//! can be found in one run. Built from yaml-rust2's event stream, like [`super::spans`], and
//! only for files serde refused, so a clean build never pays for it.
//!
//! Scalars are typed as YAML 1.2's core schema does (as serde_yaml reads them): `yes` is
//! text, `true` a boolean, `12` a whole number. Aliases are expanded within a node budget, so
//! an alias bomb gives up (the caller then reports serde's own error) instead of hanging.

use crate::diagnostics::Location;
use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// One value and where it starts in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub at: Location,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Text(String),
    List(Vec<Node>),
    /// Entries in file order. A key given twice is kept once, and listed in
    /// [`Tree::repeated`].
    Map(Vec<Entry>),
}

/// One `key: value` of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_at: Location,
    pub node: Node,
}

/// A parsed document and the keys that were given twice in one mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    pub root: Node,
    pub repeated: Vec<(String, Location)>,
}

/// More values than any record has: beyond it (through aliases, say) the tree gives up.
const NODE_BUDGET: usize = 200_000;

/// The tree of `text`, whose first line is file line `first_line`; `None` when the YAML does
/// not parse or expands past the node budget (serde's error then says why).
pub fn parse(text: &str, first_line: usize) -> Option<Tree> {
    let mut builder = Builder { first_line, end: Location::end_of(text, first_line), ..Builder::default() };
    Parser::new_from_str(text).load(&mut builder, false).ok()?;
    if builder.over_budget {
        return None;
    }
    let root = builder.root.unwrap_or(Node { value: Value::Null, at: Location::new(first_line, 1) });
    Some(Tree { root, repeated: builder.repeated })
}

impl Value {
    /// How an editor would name this kind of value in a message.
    pub fn kind(&self) -> String {
        match self {
            Value::Null => "nothing".into(),
            Value::Bool(b) => format!("{b}"),
            Value::Int(n) => format!("the number {n}"),
            Value::Float(x) => format!("the number {x}"),
            Value::Text(s) => format!("text \"{s}\""),
            Value::List(_) => "a list".into(),
            Value::Map(_) => "a set of fields".into(),
        }
    }
}

/// A mapping or list being filled, with the anchor it will be stored under.
#[derive(Debug)]
enum Open {
    Map { at: Location, anchor: usize, entries: Vec<Entry>, key: Option<(String, Location)> },
    List { at: Location, anchor: usize, items: Vec<Node> },
}

#[derive(Debug, Default)]
struct Builder {
    first_line: usize,
    /// Where the text ends: see `Location::within`.
    end: Location,
    stack: Vec<Open>,
    anchors: HashMap<usize, Node>,
    root: Option<Node>,
    repeated: Vec<(String, Location)>,
    nodes: usize,
    over_budget: bool,
}

impl Builder {
    /// Where `mark` is in the file (an empty `- ` item that ends it included: see `within`).
    fn location(&self, mark: Marker) -> Location {
        Location::new(mark.line() + self.first_line - 1, mark.col() + 1).within(self.end)
    }

    /// Places a finished value in its parent (or as the root), remembering its anchor.
    fn finish(&mut self, node: Node, anchor: usize) {
        self.nodes += 1;
        if self.nodes > NODE_BUDGET {
            self.over_budget = true;
            return;
        }
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Open::List { items, .. }) => items.push(node),
            Some(Open::Map { entries, key, .. }) => match key.take() {
                Some((name, key_at)) => {
                    if entries.iter().any(|e| e.key == name) {
                        self.repeated.push((name, key_at));
                    } else {
                        entries.push(Entry { key: name, key_at, node });
                    }
                }
                // A key that is not text (a list or a mapping used as a key) keeps its place
                // under a name no field has, so it is reported as unknown.
                None => *key = Some((key_text(&node.value), node.at)),
            },
        }
    }

    /// True when the next scalar is a mapping key.
    fn expects_key(&self) -> bool {
        matches!(self.stack.last(), Some(Open::Map { key: None, .. }))
    }
}

fn key_text(value: &Value) -> String {
    match value {
        Value::Text(s) => s.clone(),
        Value::Null => String::new(),
        other => other.kind(),
    }
}

/// YAML 1.2 core schema: plain `null`, `~` and nothing are null; `true`/`false` booleans;
/// decimal, `0x` and `0o` whole numbers; other numbers decimals; the rest text.
fn scalar(text: String, style: TScalarStyle) -> Value {
    if style != TScalarStyle::Plain {
        return Value::Text(text);
    }
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Value::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    let digits = |s: &str, radix: u32| !s.is_empty() && s.chars().all(|c| c.is_digit(radix));
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(&text);
    let whole = if let Some(hex) = text.strip_prefix("0x").filter(|h| digits(h, 16)) {
        i128::from_str_radix(hex, 16).ok()
    } else if let Some(oct) = text.strip_prefix("0o").filter(|o| digits(o, 8)) {
        i128::from_str_radix(oct, 8).ok()
    } else if digits(unsigned, 10) {
        text.parse().ok()
    } else {
        None
    };
    if let Some(n) = whole {
        return Value::Int(n);
    }
    let looks_numeric = unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && unsigned.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '-' | '+'));
    match text.parse::<f64>() {
        Ok(x) if looks_numeric => Value::Float(x),
        _ => Value::Text(text),
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.over_budget {
            return;
        }
        let at = self.location(mark);
        match event {
            Event::Scalar(text, style, anchor, _) => {
                let value = if self.expects_key() { Value::Text(text) } else { scalar(text, style) };
                self.finish(Node { value, at }, anchor);
            }
            Event::Alias(id) => {
                // Expanding an alias costs as many nodes as it holds, counted before copying.
                self.nodes += self.anchors.get(&id).map_or(0, |n| size(&n.value));
                if self.nodes > NODE_BUDGET {
                    self.over_budget = true;
                    return;
                }
                let value = self.anchors.get(&id).map_or(Value::Null, |n| n.value.clone());
                self.finish(Node { value, at }, 0);
            }
            Event::SequenceStart(anchor, _) => self.stack.push(Open::List { at, anchor, items: Vec::new() }),
            Event::MappingStart(anchor, _) => self.stack.push(Open::Map { at, anchor, entries: Vec::new(), key: None }),
            Event::SequenceEnd | Event::MappingEnd => match self.stack.pop() {
                Some(Open::List { at, anchor, items }) => self.finish(Node { value: Value::List(items), at }, anchor),
                Some(Open::Map { at, anchor, entries, .. }) => self.finish(Node { value: Value::Map(entries), at }, anchor),
                None => {}
            },
            _ => {}
        }
    }
}

/// How many values `value` holds, itself included.
fn size(value: &Value) -> usize {
    match value {
        Value::List(items) => 1 + items.iter().map(|n| size(&n.value)).sum::<usize>(),
        Value::Map(entries) => 1 + entries.iter().map(|e| size(&e.node.value)).sum::<usize>(),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Value {
        parse(text, 1).expect("parses").root.value
    }

    #[test]
    fn scalars_follow_yaml_1_2() {
        let Value::Map(entries) = root("a: yes\nb: true\nc: 12\nd: 1.5\ne:\nf: \"12\"\ng: 2024-01-15\nh: 0x1f\n") else { panic!("a map") };
        let values: Vec<&Value> = entries.iter().map(|e| &e.node.value).collect();
        assert_eq!(
            values,
            [
                &Value::Text("yes".into()),
                &Value::Bool(true),
                &Value::Int(12),
                &Value::Float(1.5),
                &Value::Null,
                &Value::Text("12".into()),
                &Value::Text("2024-01-15".into()),
                &Value::Int(31)
            ]
        );
    }

    #[test]
    fn keeps_positions_and_repeated_keys() {
        let tree = parse("title: A\nlist:\n  - x: 1\ntitle: B\n", 2).expect("parses");
        let Value::Map(entries) = &tree.root.value else { panic!("a map") };
        assert_eq!((entries[0].key_at, entries[0].node.at), (Location::new(2, 1), Location::new(2, 8)));
        assert_eq!(entries.len(), 2);
        assert_eq!(tree.repeated, [("title".to_string(), Location::new(5, 1))]);
    }

    /// An empty item that ends a file without a final line break is on the last line, not past it
    /// (found by the graph fuzz target).
    #[test]
    fn a_value_at_the_end_of_the_file_is_on_its_last_line() {
        let tree = parse("title: x\nyou_said:\n  -", 1).unwrap_or_else(|| panic!("parses"));
        let Value::Map(entries) = &tree.root.value else { panic!("a map") };
        let Value::List(items) = &entries[1].node.value else { panic!("a list") };
        assert_eq!(items[0].at.line, 3, "{:?}", items[0].at);
    }

    #[test]
    fn alias_bombs_give_up() {
        let mut bomb = String::from("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for i in 0..8u8 {
            let (prev, next) = ((b'a' + i) as char, (b'a' + i + 1) as char);
            bomb.push_str(&format!("{next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        }
        assert_eq!(parse(&bomb, 1), None);
        assert_eq!(parse("a: [unclosed\n", 1), None);
    }
}
