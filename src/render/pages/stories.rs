//! `/stories/` and one story's page.

use super::super::cards::*;
use super::super::views::*;
use super::{over_time, Ctx};
use crate::diagnostics::Diagnostic;
use crate::graph::{urls, Route};
use crate::history::LastUpdated;
use crate::render::{BodyOf, OutputFile};
use crate::theme::Theme;

pub fn list(ctx: &Ctx, theme: &Theme, route: &Route, page: usize) -> Result<OutputFile, Diagnostic> {
    const TEMPLATE: &str = "stories.html";
    let g = ctx.graph;
    let total = g.stories.len();
    let view = StoryListView {
        stories: listed_stories(ctx, theme, TEMPLATE, g.page_range(total, page))?,
        pagination: pagination(ctx, urls::STORIES, page, total),
        total,
    };
    let title = paged(ctx.words, ctx.words.get("nav_stories").into(), page);
    ctx.page(theme, route, TEMPLATE, ctx.meta(&route.url, title, ctx.words.get("stories_description"), vec![ctx.home()]), &view)
}

pub fn story(ctx: &Ctx, theme: &Theme, route: &Route, i: usize) -> Result<OutputFile, Diagnostic> {
    let d = &ctx.graph.stories[i].doc.data;
    let crumbs = vec![ctx.home(), ctx.crumb_to(urls::STORIES, "nav_stories")];
    let mut meta = ctx.meta(&route.url, d.title.clone(), d.summary.trim(), crumbs);
    meta.kind = "article";
    meta.draft = d.draft;
    let view = story_view(ctx, i);
    meta.image = view.image.as_ref().map(|img| img.largest.clone());
    ctx.page(theme, route, "story.html", meta, &view)
}

fn story_view(ctx: &Ctx, i: usize) -> StoryView {
    let g = ctx.graph;
    let s = &g.stories[i];
    let d = &s.doc.data;
    let project = s.project.map(|p| &g.projects[p]);
    StoryView {
        title: d.title.clone(),
        summary: d.summary.trim().to_string(),
        date: date(ctx.words, d.date),
        // Shown only when later than the publication date the byline already gives.
        updated: over_time::updated(ctx, LastUpdated { date: s.updated.date.filter(|u| *u > d.date), ..s.updated }),
        body_html: ctx.markdown.bodies.html(ctx.reading(), BodyOf::Story(i)),
        quote: d.quote.as_ref().map(|q| QuoteView { text: q.text.trim().to_string(), by: q.by.trim().to_string() }),
        image: d.image.as_ref().map(|img| image(ctx, img)),
        benefits: s.benefits.iter().map(|&b| benefit(ctx, b)).collect(),
        project: project.map(|p| Link { href: ctx.href(&urls::project(&p.doc.slug)), label: p.doc.data.title.clone() }),
        service: project.map(|p| {
            let sv = &g.services[p.service];
            Link { href: ctx.href(&urls::service(&sv.slug)), label: sv.name.clone() }
        }),
        involvement: s.involvement.map(|t| type_ref(ctx, t)),
        tags: d.tags.clone(),
    }
}
