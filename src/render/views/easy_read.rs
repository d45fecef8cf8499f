//! The views of a project's Easy Read page and of `/easy-read/`, the list of them.

use super::{DateView, Link, StatusView};
use serde::Serialize;

/// One idea of an Easy Read page: a line of words, with the picture beside it if it has one.
#[derive(Serialize, Clone, Debug)]
pub struct IdeaView {
    pub picture_html: Option<String>,
    pub text_html: String,
}

/// A project's Easy Read page: its own words, then what people said and what we did, each
/// said in plain words rather than the project page's status labels.
#[derive(Serialize)]
pub struct EasyReadView {
    pub title: String,
    pub ideas: Vec<IdeaView>,
    /// Where the work is, in a plain sentence: "This work is finished."
    pub status_words: String,
    pub items: Vec<EasyItemView>,
    pub project_href: String,
}

#[derive(Serialize)]
pub struct EasyItemView {
    pub said: String,
    /// Empty while we have not answered.
    pub answers: Vec<EasyAnswerView>,
}

/// One thing we did, with its status said in plain words ("We did this").
#[derive(Serialize)]
pub struct EasyAnswerView {
    pub status: StatusView,
    pub words: String,
    pub action: String,
    pub date: Option<DateView>,
    pub reason: Option<String>,
}

/// `/easy-read/`: every project with an Easy Read version.
#[derive(Serialize)]
pub struct EasyReadListView {
    pub projects: Vec<Link>,
}
