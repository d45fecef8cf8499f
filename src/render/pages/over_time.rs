//! The parts of pages that show time: when a record last changed, a project's timeline of
//! dated events and its history of changes, and the feed to follow it. The words are made here
//! so that the page and its feed say a change the same way ([`feeds::describe`]).

use super::super::cards::date;
use super::super::context::Ctx;
use super::super::feeds;
use super::super::views::{DatedText, FollowView, UpdatedView};
use crate::graph::timeline::{self, Event};
use crate::history::LastUpdated;
use crate::words::Arg;

pub fn updated(ctx: &Ctx, u: LastUpdated) -> UpdatedView {
    UpdatedView { date: u.date.map(|d| date(ctx.words, d)), unpublished: u.unpublished }
}

/// Project `i`'s dated events, oldest first, in words.
pub fn project_timeline(ctx: &Ctx, i: usize) -> Vec<DatedText> {
    let d = &ctx.graph.projects[i].doc.data;
    let w = ctx.words;
    let action = |id: &str, item: usize, a: usize| w.with(id, &[("action", Arg::Text(d.you_said[item].we_did[a].action.trim()))]);
    timeline::timeline(d, ctx.graph.today)
        .into_iter()
        .map(|(when, event)| {
            let (text, overdue) = match event {
                Event::Started => (w.get("event_started").to_string(), false),
                Event::Said { item } => (w.with("event_said", &[("said", Arg::Text(d.you_said[item].said.trim()))]), false),
                Event::Done { item, action: a } => (action("event_done", item, a), false),
                Event::Due { item, action: a, overdue: false } => (action("event_due", item, a), false),
                Event::Due { item, action: a, overdue: true } => (action("event_overdue", item, a), true),
                Event::Ended => (w.get("event_ended").to_string(), false),
            };
            DatedText { date: date(ctx.words, when), text, overdue }
        })
        .collect()
}

/// What changed in project `i`, newest first: its committed changes, or outside git its
/// record's past events.
pub fn project_history(ctx: &Ctx, i: usize) -> Vec<DatedText> {
    let g = ctx.graph;
    let p = &g.projects[i];
    timeline::updates(&p.doc.data, &p.changes, g.in_git, g.today)
        .into_iter()
        .map(|u| DatedText {
            date: date(ctx.words, u.change.date),
            text: capitalise(&feeds::describe(ctx.words, &u.change.kind)),
            overdue: false,
        })
        .collect()
}

pub fn follow(ctx: &Ctx, feed_url: &str) -> FollowView {
    FollowView { href: ctx.href(feed_url), absolute: ctx.absolute(feed_url) }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
