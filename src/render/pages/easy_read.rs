//! A project's Easy Read page and `/easy-read/`, the list of them.

use super::super::cards::*;
use super::super::views::*;
use super::Ctx;
use crate::content::model::{ActionStatus, ProjectStatus};
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::render::OutputFile;
use crate::theme::Theme;
use crate::words::Arg;

/// One project's Easy Read version: its own words, then each thing people said with what
/// we did, in plain words.
pub fn project(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let p = &ctx.graph.projects[i];
    let d = &p.doc.data;
    let project_url = urls::project(&p.doc.slug);
    let items = d
        .you_said
        .iter()
        .map(|item| EasyItemView {
            said: item.said.trim().to_string(),
            answers: item
                .we_did
                .iter()
                .map(|a| EasyAnswerView {
                    status: action_status(ctx.words, a.status),
                    words: ctx.words.get(plain_action(a.status)).into(),
                    action: a.action.trim().to_string(),
                    date: a.date.map(|d| date(ctx.words, d)),
                    reason: a.reason.as_ref().map(|r| r.trim().to_string()),
                })
                .collect(),
        })
        .collect();
    let view = EasyReadView {
        title: d.title.clone(),
        ideas: ctx.markdown.easy_read[i].clone().unwrap_or_default(),
        status_words: ctx.words.get(plain_project(d.status)).into(),
        items,
        project_href: ctx.href(&project_url),
    };
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::EASY_READ, "easy_read"), ctx.crumb(&project_url, &d.title)];
    let mut meta = ctx.meta(&route.url, ctx.words.with("easy_read_title", &[("title", Arg::Text(&d.title))]), d.summary.trim(), crumbs);
    meta.kind = "article";
    meta.draft = d.draft;
    ctx.page(theme, route, "easy_read.html", meta, &view)
}

/// `/easy-read/`: every project that has an Easy Read version, in the project list's order.
pub fn list(ctx: &Ctx, theme: &Theme, route: &Route) -> Result<OutputFile, Diagnostic> {
    let projects = ctx
        .graph
        .projects
        .iter()
        .filter(|p| p.doc.data.easy_read.is_some())
        .map(|p| Link { href: ctx.href(&urls::easy_read(&p.doc.slug)), label: p.doc.data.title.clone() })
        .collect();
    ctx.page(
        theme,
        route,
        "easy_read_list.html",
        ctx.meta(&route.url, ctx.words.get("easy_read"), ctx.words.get("easy_read_description"), vec![ctx.home()]),
        &EasyReadListView { projects },
    )
}

/// The message of an action's status as an Easy Read reader would say it.
fn plain_action(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Done => "easy_read_done",
        ActionStatus::InProgress => "easy_read_in_progress",
        ActionStatus::Planned => "easy_read_planned",
        ActionStatus::NotPossible => "easy_read_not_possible",
    }
}

/// The message of a project's status in a plain sentence.
fn plain_project(s: ProjectStatus) -> &'static str {
    match s {
        ProjectStatus::Planned => "easy_read_project_planned",
        ProjectStatus::InProgress => "easy_read_project_in_progress",
        ProjectStatus::Completed => "easy_read_project_completed",
    }
}
