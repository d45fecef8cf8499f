//! Atom feeds (RFC 4287) of changes, for people who follow a project, a service or the whole
//! site: each entry is one update ([`crate::graph::timeline::updates`]) or, in the site feed,
//! a new story too. Entry ids are the page's address plus the update's own id, so a feed
//! reader never shows an entry twice; no date is after "today"; nothing depends on the build
//! time, so the same content gives the same bytes.

use super::data::xml;
use crate::content::model::{ActionStatus, ProjectStatus};
use crate::content::Date;
use crate::graph::timeline::{self, Update};
use crate::graph::{urls, SiteGraph};
use crate::history::ChangeKind;
use crate::words::{Arg, Words};

/// Entries in a feed: enough for any reader that checks now and then.
const ENTRIES: usize = 50;

/// One entry, before it is written.
struct Entry {
    date: Date,
    /// Absolute.
    id: String,
    title: String,
    /// Absolute.
    link: String,
    summary: String,
}

/// What a feed is about.
pub enum Subject {
    Site,
    Project(usize),
    Service(usize),
}

impl Subject {
    /// The feed's own address, relative to the site.
    pub fn url(&self, g: &SiteGraph) -> String {
        match self {
            Subject::Site => urls::FEED.to_string(),
            Subject::Project(p) => urls::project_feed(&g.projects[*p].doc.slug),
            Subject::Service(s) => urls::service_feed(&g.services[*s].slug),
        }
    }
}

/// The feed of `subject`, as bytes.
pub fn feed(g: &SiteGraph, words: &Words, subject: &Subject) -> Vec<u8> {
    let absolute = |url: &str| format!("{}{url}", g.base.absolute);
    let c = &g.config.data;
    let (title, page, entries) = match subject {
        Subject::Site => (c.title.clone(), urls::HOME.to_string(), site_entries(g, words)),
        Subject::Project(p) => {
            let node = &g.projects[*p];
            (format!("{}: {}", node.doc.data.title, c.title), urls::project(&node.doc.slug), project_entries(g, words, &[*p]))
        }
        Subject::Service(s) => {
            let service = &g.services[*s];
            (format!("{}: {}", service.name, c.title), urls::service(&service.slug), project_entries(g, words, &service.projects))
        }
    };
    // The newest entry's day; with no entry yet (a project that starts later), today.
    let updated = entries.first().map_or(g.today, |e| e.date);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
        xml(&c.language),
        xml(&title),
        xml(words.get("feed_subtitle")),
        xml(&absolute(&subject.url(g))),
        xml(&absolute(&subject.url(g))),
        xml(&absolute(&page)),
        stamp(updated),
        xml(&c.organisation),
    );
    for e in entries {
        out.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <id>{}</id>\n    <updated>{}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            xml(&e.title),
            xml(&e.link),
            xml(&e.id),
            stamp(e.date),
            xml(&e.summary)
        ));
    }
    out.push_str("</feed>\n");
    out.into_bytes()
}

/// Midnight UTC of a day (the first of the month for a month-only date), as RFC 3339.
fn stamp(d: Date) -> String {
    let iso = d.iso();
    if iso.len() == 7 {
        format!("{iso}-01T00:00:00Z")
    } else {
        format!("{iso}T00:00:00Z")
    }
}

/// The newest [`ENTRIES`] updates of these projects, newest first, then by project and place.
fn project_entries(g: &SiteGraph, words: &Words, projects: &[usize]) -> Vec<Entry> {
    let order = |a: &(usize, usize, Update), b: &(usize, usize, Update)| {
        b.2.change.date.cmp(&a.2.change.date).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1))
    };
    // Projects by their newest update: once the entries are full, a project whose newest
    // update is older than the last entry adds none, nor does any after it. The site feed
    // thus makes the updates of a few dozen projects, not of thousands, on every save.
    let mut by_newest: Vec<(Date, usize)> = projects
        .iter()
        .filter_map(|&p| {
            let node = &g.projects[p];
            timeline::newest_update(&node.doc.data, &node.changes, g.in_git, g.today).map(|d| (d, p))
        })
        .collect();
    by_newest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut all: Vec<(usize, usize, Update)> = Vec::new();
    for (newest, p) in by_newest {
        if all.len() >= ENTRIES && all.last().is_some_and(|last| newest < last.2.change.date) {
            break;
        }
        let node = &g.projects[p];
        all.extend(timeline::updates(&node.doc.data, &node.changes, g.in_git, g.today).into_iter().enumerate().map(|(k, u)| (p, k, u)));
        all.sort_by(order);
        all.truncate(ENTRIES);
    }
    all.into_iter()
        .map(|(p, _, update)| {
            let node = &g.projects[p];
            let link = format!("{}{}", g.base.absolute, urls::project(&node.doc.slug));
            Entry {
                date: update.change.date,
                id: format!("{link}#{}", update.id),
                title: format!("{}: {}", node.doc.data.title.trim(), describe(words, &update.change.kind)),
                link,
                summary: node.doc.data.summary.trim().to_string(),
            }
        })
        .collect()
}

/// Every project's updates and every story published by today, newest first.
fn site_entries(g: &SiteGraph, words: &Words) -> Vec<Entry> {
    let mut entries = project_entries(g, words, &(0..g.projects.len()).collect::<Vec<_>>());
    for s in g.stories.iter().filter(|s| s.doc.data.date <= g.today) {
        let link = format!("{}{}", g.base.absolute, urls::story(&s.doc.slug));
        let title = words.with("feed_new_story", &[("title", Arg::Text(s.doc.data.title.trim()))]);
        entries.push(Entry { date: s.doc.data.date, id: link.clone(), title, link, summary: s.doc.data.summary.trim().to_string() });
    }
    entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    entries.truncate(ENTRIES);
    entries
}

/// A change in plain words, for a feed entry's title and the project's history list.
pub fn describe(words: &Words, kind: &ChangeKind) -> String {
    let status = |s: ActionStatus| {
        words.get(match s {
            ActionStatus::Done => "change_status_done",
            ActionStatus::InProgress => "change_status_in_progress",
            ActionStatus::Planned => "change_status_planned",
            ActionStatus::NotPossible => "change_status_not_possible",
        })
    };
    let text = |id: &str, args: &[(&str, &str)]| words.with(id, &args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect::<Vec<_>>());
    match kind {
        ChangeKind::Published => words.get("change_published").into(),
        ChangeKind::ItemAdded { said } => text("change_said", &[("said", said)]),
        ChangeKind::ActionAdded { action, status: ActionStatus::Done, .. } => text("change_did", &[("action", action)]),
        ChangeKind::ActionAdded { action, status: s, .. } => text("change_new_action", &[("action", action), ("status", status(*s))]),
        ChangeKind::ActionStatus { action, from, to } => {
            text("change_action_status", &[("action", action), ("to", status(*to)), ("from", status(*from))])
        }
        ChangeKind::ReasonAdded { action, reason } => text("change_reason", &[("action", action), ("reason", reason)]),
        ChangeKind::ProjectStatus { to, .. } => words
            .get(match to {
                ProjectStatus::Planned => "change_project_planned",
                ProjectStatus::InProgress => "change_project_under_way",
                ProjectStatus::Completed => "change_project_completed",
            })
            .into(),
    }
}
