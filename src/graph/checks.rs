//! The rules of the content model that need more than serde's types: lengths, conditional
//! fields, vocabulary ids, references between files, consent, alt text, link schemes and the
//! staleness warnings. Each check reads records and pushes diagnostics; none changes content.

use super::urls::Addresses;
use super::{figures, links};
use crate::content::model::{Action, ActionStatus, Image, Page, Project, ProjectStatus, SiteConfig, Story, Strategy};
use crate::content::validate;
use crate::content::vocab::Vocabulary;
use crate::content::{is_slug, Date, Doc};
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Summaries (of projects, stories and pages) may be at most this many characters.
pub const SUMMARY_MAX: usize = 300;
/// Ambitions per strategy.
pub const AMBITIONS_MAX: usize = 12;
/// A "you said" may wait this many days after it was said (its `date`, else its project's
/// start) before we warn.
pub const AWAITING_DAYS: i64 = 90;

/// What project checks need to resolve references.
pub struct Context<'a> {
    pub vocab: &'a Vocabulary,
    pub strategies: &'a [Doc<Strategy>],
    pub strategy_index: &'a HashMap<&'a str, usize>,
    /// Strategies whose files did not parse: references to them are not errors twice.
    pub unparsed_strategies: &'a BTreeSet<String>,
    pub today: Date,
}

/// A project's references, resolved to indices.
pub struct ResolvedProject {
    pub involvement: usize,
    pub strategy: Option<usize>,
    pub ambitions: Vec<usize>,
}

/// A story's references, resolved to indices.
pub struct ResolvedStory {
    pub project: Option<usize>,
    pub involvement: Option<usize>,
    pub benefits: Vec<usize>,
}

fn error<T>(doc: &Doc<T>, path: &str, code: &'static str, message: impl Into<String>) -> Diagnostic {
    Diagnostic::error(code, &doc.file, message).at(doc.locs.at(path))
}

/// Located at the field's key: an empty value (`title:`) has no position of its own, and
/// the parser places it at the next token, often on the next line.
fn required_text<T>(doc: &Doc<T>, path: &str, value: &str, diagnostics: &mut Diagnostics) {
    if value.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error("empty-field", &doc.file, format!("\"{path}\" is empty"))
                .at(doc.locs.key_at(path))
                .hint(format!("write a value for {path}, or remove the record")),
        );
    }
}

/// In the same words as [`validate`] uses for a file it checks field by field.
fn summary_length<T>(doc: &Doc<T>, path: &str, summary: &str, diagnostics: &mut Diagnostics) {
    let count = summary.trim().chars().count();
    if count > SUMMARY_MAX {
        diagnostics.push(
            error(doc, path, "too-long", validate::too_long(path, count, SUMMARY_MAX)).hint(validate::too_long_hint(count, SUMMARY_MAX)),
        );
    }
}

/// A reference to a record whose own file has errors: said, so the editor knows the name is
/// right and the fix is in that file.
/// A warning, not an error: the mistake is in the other file, already counted there.
fn has_errors<T>(doc: &Doc<T>, path: &str, what: &str, slug: &str) -> Diagnostic {
    Diagnostic::warning("ref-has-errors", &doc.file, format!("the {what} \"{slug}\" has errors of its own, listed above"))
        .at(doc.locs.at(path))
        .hint(format!("fix the errors in that {what}'s file; this reference is checked again once it loads"))
}

/// An unknown id with a did-you-mean hint listing the allowed ids.
fn unknown_id<'a, T>(doc: &Doc<T>, path: &str, what: &str, id: &str, allowed: impl IntoIterator<Item = &'a str> + Clone) -> Diagnostic {
    let listed: Vec<&str> = allowed.clone().into_iter().collect();
    let hint = match did_you_mean(id, allowed) {
        Some(h) => h,
        None if listed.is_empty() => format!("there are no {what}s to refer to yet"),
        None => format!("use one of: {}", listed.join(", ")),
    };
    error(doc, path, "unknown-id", format!("unknown {what} \"{id}\"")).hint(hint)
}

pub fn site_config(doc: &Doc<SiteConfig>, diagnostics: &mut Diagnostics) {
    let c = &doc.data;
    required_text(doc, "title", &c.title, diagnostics);
    required_text(doc, "organisation", &c.organisation, diagnostics);
    for id in c.involvement_types.keys() {
        if !Vocabulary::type_ids().any(|t| t == id) {
            let mut d = unknown_id(doc, &format!("involvement_types.{id}"), "involvement type", id, Vocabulary::type_ids());
            d.location = doc.locs.key_at(&format!("involvement_types.{id}"));
            d.message = format!("involvement_types: {}", d.message);
            diagnostics.push(d);
        }
    }
    for id in c.benefits.keys() {
        if !is_slug(id) {
            diagnostics.push(
                error(doc, &format!("benefits.{id}"), "bad-slug", format!("benefits: the id \"{id}\" is not a valid id"))
                    .at(doc.locs.key_at(&format!("benefits.{id}")))
                    .hint("ids use only lowercase letters a-z, digits and hyphens"),
            );
        }
    }
    if c.language.trim().is_empty() || !c.language.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') {
        diagnostics.push(
            error(doc, "language", "invalid-value", format!("language: \"{}\" is not a language tag", c.language))
                .hint("use a tag such as en-GB or cy"),
        );
    }
    if let Some(n) = c.page_size.filter(|n| !(SiteConfig::MIN_PAGE_SIZE..=SiteConfig::MAX_PAGE_SIZE).contains(n)) {
        let (message, hint) = SiteConfig::page_size_error(&n.to_string());
        diagnostics.push(error(doc, "page_size", "invalid-value", message).hint(hint));
    }
}

pub fn strategy(doc: &Doc<Strategy>, diagnostics: &mut Diagnostics) {
    let s = &doc.data;
    required_text(doc, "title", &s.title, diagnostics);
    required_text(doc, "vision", &s.vision, diagnostics);
    if s.period.to < s.period.from {
        diagnostics
            .push(error(doc, "period.to", "date-order", "the period ends before it starts").hint("check the years in period: from and to"));
    }
    if s.ambitions.is_empty() || s.ambitions.len() > AMBITIONS_MAX {
        diagnostics.push(
            error(
                doc,
                "ambitions",
                "ambition-count",
                format!("a strategy needs between 1 and {AMBITIONS_MAX} ambitions; this one has {}", s.ambitions.len()),
            )
            .hint("a strategy on a page works best with a handful of ambitions"),
        );
    }
    let mut seen = HashSet::new();
    for (i, a) in s.ambitions.iter().enumerate() {
        let path = format!("ambitions.{i}.id");
        if !is_slug(&a.id) {
            diagnostics.push(
                error(doc, &path, "bad-slug", format!("the ambition id \"{}\" is not a valid id", a.id)).hint(format!(
                    "ids use only lowercase letters a-z, digits and hyphens, such as \"{}\"",
                    crate::content::slugify(&a.id)
                )),
            );
        }
        if !seen.insert(a.id.as_str()) {
            diagnostics.push(
                error(doc, &path, "duplicate-id", format!("the ambition id \"{}\" is used twice in this strategy", a.id))
                    .hint("give each ambition its own id"),
            );
        }
        required_text(doc, &format!("ambitions.{i}.title"), &a.title, diagnostics);
        required_text(doc, &format!("ambitions.{i}.statement"), &a.statement, diagnostics);
    }
}

pub fn page(doc: &Doc<Page>, diagnostics: &mut Diagnostics) {
    required_text(doc, "title", &doc.data.title, diagnostics);
    if let Some(summary) = &doc.data.summary {
        summary_length(doc, "summary", summary, diagnostics);
    }
}

/// Checks one project and resolves its references.
pub fn project(doc: &Doc<Project>, ctx: &Context, diagnostics: &mut Diagnostics) -> ResolvedProject {
    let p = &doc.data;
    required_text(doc, "title", &p.title, diagnostics);
    required_text(doc, "summary", &p.summary, diagnostics);
    summary_length(doc, "summary", &p.summary, diagnostics);
    let involvement = ctx.vocab.types.iter().position(|t| t.id == p.involvement).unwrap_or_else(|| {
        diagnostics.push(unknown_id(doc, "involvement", "involvement type", &p.involvement, Vocabulary::type_ids()));
        0
    });
    project_completion(doc, diagnostics);
    let strategy = project_strategy(doc, ctx, diagnostics);
    let mut ambitions = Vec::new();
    if let Some(si) = strategy {
        let list = &ctx.strategies[si].data.ambitions;
        for (i, id) in p.ambitions.iter().enumerate() {
            match list.iter().position(|a| &a.id == id) {
                Some(ai) => ambitions.push(ai),
                None => diagnostics.push(unknown_id(doc, &format!("ambitions.{i}"), "ambition", id, list.iter().map(|a| a.id.as_str()))),
            }
        }
    }
    project_items(doc, ctx.today, diagnostics);
    ResolvedProject { involvement, strategy, ambitions }
}

/// The dates and outcome a project's status asks for: a completed project says when it
/// ended and how people's views shaped the outcome, and no project ends before it starts.
fn project_completion(doc: &Doc<Project>, diagnostics: &mut Diagnostics) {
    let p = &doc.data;
    match (p.status, p.ended) {
        (ProjectStatus::Completed, None) => diagnostics.push(
            error(doc, "status", "missing-field", "a completed project needs an \"ended\" date")
                .hint("add a line such as `ended: 2024-11-30`, or change the status"),
        ),
        (_, Some(ended)) if ended < p.started => diagnostics.push(
            error(doc, "ended", "date-order", format!("the project ended ({}) before it started ({})", ended.iso(), p.started.iso()))
                .hint("check the dates in started and ended"),
        ),
        _ => {}
    }
    if p.status == ProjectStatus::Completed && p.outcome.as_deref().is_none_or(|o| o.trim().is_empty()) {
        diagnostics.push(
            Diagnostic::warning(
                "no-outcome",
                &doc.file,
                "this project is completed but does not say how people's views shaped the outcome",
            )
            .at(doc.locs.at("status"))
            .hint("add an `outcome:` telling readers what changed because of what they said"),
        );
    }
}

/// The strategy a project serves: the one it names, else the site's only strategy. Its own
/// step because a strategy whose file did not parse changes what may be said about it.
fn project_strategy(doc: &Doc<Project>, ctx: &Context, diagnostics: &mut Diagnostics) -> Option<usize> {
    let p = &doc.data;
    match &p.strategy {
        Some(slug) => match ctx.strategy_index.get(slug.as_str()) {
            Some(&i) => Some(i),
            None if ctx.unparsed_strategies.contains(slug) => {
                diagnostics.push(has_errors(doc, "strategy", "strategy", slug));
                None
            }
            None => {
                let names = ctx.strategies.iter().map(|s| s.slug.as_str()).chain(ctx.unparsed_strategies.iter().map(String::as_str));
                diagnostics.push(unknown_id(doc, "strategy", "strategy", slug, names));
                None
            }
        },
        None if ctx.strategies.len() == 1 => Some(0),
        // The strategy it would default to may be the one that failed to parse.
        None if !ctx.unparsed_strategies.is_empty() => {
            if let (false, [], [only]) = (p.ambitions.is_empty(), ctx.strategies, Vec::from_iter(ctx.unparsed_strategies).as_slice()) {
                diagnostics.push(has_errors(doc, "ambitions", "strategy", only));
            }
            None
        }
        None => {
            if !p.ambitions.is_empty() {
                diagnostics.push(
                    error(
                        doc,
                        "ambitions",
                        "missing-field",
                        "ambitions are listed but the project does not say which strategy they belong to",
                    )
                    .hint("add a line such as `strategy: together` naming the strategy's file"),
                );
            }
            None
        }
    }
}

/// What people said and what was done about it: every item needs words and, after
/// [`AWAITING_DAYS`], a response; every action needs what its status asks for.
fn project_items(doc: &Doc<Project>, today: Date, diagnostics: &mut Diagnostics) {
    let p = &doc.data;
    if p.you_said.is_empty() {
        diagnostics.push(
            error(doc, "you_said", "missing-field", "a project needs at least one \"you said\"")
                .hint("add what people told you under `you_said:`"),
        );
    }
    for (i, item) in p.you_said.iter().enumerate() {
        required_text(doc, &format!("you_said.{i}.said"), &item.said, diagnostics);
        let waited = figures::waiting_since(item, p.started).map(|since| today.days_since_epoch() - since.days_since_epoch());
        if waited.is_some_and(|days| days > AWAITING_DAYS) {
            diagnostics.push(
                Diagnostic::warning(
                    "awaiting-too-long",
                    &doc.file,
                    format!("this \"you said\" has waited more than {AWAITING_DAYS} days for a response"),
                )
                .at(doc.locs.at(&format!("you_said.{i}.said")))
                .hint("add what you did, plan to do, or could not do (with the reason) under `we_did:`"),
            );
        }
        for (j, action) in item.we_did.iter().enumerate() {
            project_action(doc, &format!("you_said.{i}.we_did.{j}"), action, today, diagnostics);
        }
    }
}

/// One action at `path`: done needs its date, not possible its reason, and one past its due
/// date that is not done is shown as overdue, so the editor hears it first.
fn project_action(doc: &Doc<Project>, path: &str, action: &Action, today: Date, diagnostics: &mut Diagnostics) {
    required_text(doc, &format!("{path}.action"), &action.action, diagnostics);
    match action.status {
        ActionStatus::Done if action.date.is_none() => diagnostics.push(
            error(doc, &format!("{path}.status"), "missing-field", "a done action needs the date it was done")
                .hint("add a line such as `date: 2024-05-01` (or `2024-05` if you only know the month)"),
        ),
        ActionStatus::NotPossible if action.reason.as_deref().is_none_or(|r| r.trim().is_empty()) => diagnostics.push(
            error(doc, &format!("{path}.status"), "missing-reason", "an action we could not do needs the honest reason why not")
                .hint("add a line `reason: …` explaining why this was not possible"),
        ),
        _ => {}
    }
    if let Some(due) = action.date.filter(|_| figures::is_overdue(action, today)) {
        diagnostics.push(
            Diagnostic::warning(
                "overdue-action",
                &doc.file,
                format!("this action was due on {} and is not done: the site shows it as overdue", due.human()),
            )
            .at(doc.locs.at(&format!("{path}.date")))
            .hint("mark it done with the date it was done, give the new due date, or say why it is not possible"),
        );
    }
}

/// Checks every action's `link` once all URLs are known.
pub fn project_links(doc: &Doc<Project>, urls: &Addresses, diagnostics: &mut Diagnostics) {
    for (i, item) in doc.data.you_said.iter().enumerate() {
        for (j, action) in item.we_did.iter().enumerate() {
            if let Some(link) = &action.link {
                if let Err((message, hint)) = links::check(link, urls) {
                    diagnostics.push(error(doc, &format!("you_said.{i}.we_did.{j}.link"), "bad-link", message).hint(hint));
                }
            }
        }
    }
}

/// Checks one story and resolves its references.
pub fn story(
    doc: &Doc<Story>,
    vocab: &Vocabulary,
    projects: &HashMap<&str, usize>,
    draft_projects: &BTreeSet<String>,
    unparsed_projects: &BTreeSet<String>,
    media: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) -> ResolvedStory {
    let s = &doc.data;
    required_text(doc, "title", &s.title, diagnostics);
    required_text(doc, "summary", &s.summary, diagnostics);
    summary_length(doc, "summary", &s.summary, diagnostics);
    let project = s.project.as_ref().and_then(|slug| story_project(doc, slug, projects, draft_projects, unparsed_projects, diagnostics));
    let involvement = s.involvement.as_ref().and_then(|id| {
        let found = vocab.types.iter().position(|t| t.id == id);
        if found.is_none() {
            diagnostics.push(unknown_id(doc, "involvement", "involvement type", id, Vocabulary::type_ids()));
        }
        found
    });
    let mut benefits = Vec::new();
    for (i, id) in s.benefits.iter().enumerate() {
        match vocab.benefits.iter().position(|b| &b.id == id) {
            Some(b) => benefits.push(b),
            None => {
                diagnostics.push(unknown_id(doc, &format!("benefits.{i}"), "benefit", id, vocab.benefits.iter().map(|b| b.id.as_str())))
            }
        }
    }
    if let Some(q) = &s.quote {
        if !q.consent {
            diagnostics.push(
                error(doc, "quote.consent", "no-consent", "this quote is not marked as having consent to publish")
                    .hint("only publish a quote when the person agreed; then set `consent: true`"),
            );
        }
        required_text(doc, "quote.text", &q.text, diagnostics);
        required_text(doc, "quote.by", &q.by, diagnostics);
    }
    if let Some(image) = &s.image {
        story_image(doc, image, media, diagnostics);
    }
    ResolvedStory { project, involvement, benefits }
}

/// The project a story names: a draft or a file with errors is said so, rather than
/// called unknown, so the editor knows the name is right.
fn story_project(
    doc: &Doc<Story>,
    slug: &str,
    projects: &HashMap<&str, usize>,
    draft_projects: &BTreeSet<String>,
    unparsed_projects: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) -> Option<usize> {
    match projects.get(slug) {
        Some(&i) => Some(i),
        None if unparsed_projects.contains(slug) => {
            diagnostics.push(has_errors(doc, "project", "project", slug));
            None
        }
        None if draft_projects.contains(slug) => {
            diagnostics.push(
                error(doc, "project", "draft-ref", format!("the project \"{slug}\" is a draft, so this story cannot link to it"))
                    .hint("publish the project (remove `draft: true`), or remove the project line from this story"),
            );
            None
        }
        None => {
            let mut names: Vec<&str> = projects.keys().copied().chain(unparsed_projects.iter().map(String::as_str)).collect();
            names.sort_unstable();
            diagnostics.push(unknown_id(doc, "project", "project", slug, names));
            None
        }
    }
}

/// A story's picture: alt text unless it is decorative, consent when it shows people, and a
/// file that is in `content/media/`.
fn story_image(doc: &Doc<Story>, image: &Image, media: &BTreeSet<String>, diagnostics: &mut Diagnostics) {
    let alt_empty = image.alt.as_deref().is_none_or(|a| a.trim().is_empty());
    if alt_empty && !image.decorative {
        diagnostics.push(
            error(doc, "image", "no-alt", "this image has no alt text, so people using screen readers will not know what it shows")
                .hint("add `alt: \"…\"` describing what the picture shows; only if it is purely decorative, use `alt: \"\"` with `decorative: true`"),
        );
    }
    if image.shows_people && !image.consent {
        diagnostics.push(
            error(doc, "image.shows_people", "no-consent", "this image shows people but is not marked as having their consent to publish")
                .hint("only publish a photo of people who agreed to it (for a child, their parent or carer); then add `consent: true`"),
        );
    }
    let src = media_path(&image.src);
    if !media.contains(&src) {
        let mut names: Vec<&str> = media.iter().map(String::as_str).collect();
        names.sort_unstable();
        diagnostics.push(error(doc, "image.src", "missing-media", format!("the image \"{}\" is not in content/media/", image.src)).hint(
            did_you_mean(&src, names).unwrap_or_else(|| "put the file in content/media/ and write its path as media/<file name>".into()),
        ));
    }
}

/// `media/x.jpg`, `/media/x.jpg` and `content/media/x.jpg` all name `content/media/x.jpg`.
pub fn media_path(src: &str) -> String {
    let s = src.trim().trim_start_matches('/');
    s.strip_prefix("content/").unwrap_or(s).to_string()
}

/// Checks `get_involved` (`pages/<slug>` or any allowed link) and returns it as a link
/// target (`pages/x` becomes `/x/`), for render to publish like every other link.
pub fn get_involved(doc: &Doc<SiteConfig>, urls: &Addresses, diagnostics: &mut Diagnostics) -> Option<String> {
    let target = doc.data.get_involved.as_deref()?.trim();
    let as_link = match target.strip_prefix("pages/") {
        Some(slug) => format!("/{}/", slug.trim_end_matches('/')),
        None => target.to_string(),
    };
    match links::check(&as_link, urls) {
        Ok(_) => Some(as_link),
        Err((message, hint)) => {
            diagnostics.push(error(doc, "get_involved", "bad-link", format!("get_involved: {message}")).hint(hint));
            None
        }
    }
}

/// Checks `logo` (a file in `content/media/`) and `feedback` (a web or email address).
pub fn logo_and_feedback(doc: &Doc<SiteConfig>, media: &[std::path::PathBuf], diagnostics: &mut Diagnostics) {
    if let Some(logo) = &doc.data.logo {
        let src = media_path(logo);
        let names: Vec<String> =
            media.iter().map(|m| m.to_string_lossy().replace('\\', "/").trim_start_matches("content/").to_string()).collect();
        if !names.contains(&src) {
            diagnostics.push(
                error(doc, "logo", "missing-media", format!("the logo \"{logo}\" is not in content/media/")).hint(
                    did_you_mean(&src, names.iter().map(String::as_str))
                        .unwrap_or_else(|| "put the file in content/media/ and write its path as media/<file name>".into()),
                ),
            );
        }
    }
    if let Some(feedback) = &doc.data.feedback {
        let f = feedback.trim();
        let web = f.starts_with("https://") || f.starts_with("http://");
        let email = !web && f.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !f.contains(char::is_whitespace));
        if !web && !email {
            diagnostics.push(
                error(doc, "feedback", "bad-link", format!("feedback must be a web address or an email address, not \"{f}\""))
                    .hint("write a form's address (https://…) or your team's email (involvement@example.nhs.uk)"),
            );
        }
    }
}
