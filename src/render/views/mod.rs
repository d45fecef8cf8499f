//! The only shapes templates ever see: `#[derive(Serialize)]` structs, one per page kind,
//! plus the parts they share. Every link is a finished `href` (base path included) and every
//! date is both human (`15 May 2024`) and machine (`2024-05-15`), so templates do no logic
//! beyond loops and conditions, and no figure is ever computed in a template.
//!
//! One file per page family, as `pages/` is split, and `parts` for what several pages share;
//! all are re-exported here, so a page names its views as `views::ProjectView`.

mod easy_read;
mod home;
mod involvement;
mod parts;
mod projects;
mod reports;
mod services;
mod site;
mod stories;
mod strategies;

pub use easy_read::*;
pub use home::*;
pub use involvement::*;
pub use parts::*;
pub use projects::*;
pub use reports::*;
pub use services::*;
pub use site::*;
pub use stories::*;
pub use strategies::*;

use serde::Serialize;

/// Wraps every page: the site-wide parts, the page's metadata and the page's own view.
#[derive(Serialize)]
pub struct PageContext<'a, T: Serialize> {
    /// The [`SiteView`], converted to a template value once per build: every page shares it.
    pub site: &'a crate::theme::Shared,
    /// The interface words without arguments, by message id (`t.skip_link`), shared the same way.
    pub t: &'a crate::theme::Shared,
    pub meta: Meta,
    pub page: T,
}

/// What every page shows of the site: header, navigation, footer.
#[derive(Serialize)]
pub struct SiteView {
    pub title: String,
    pub organisation: String,
    pub description: String,
    pub language: String,
    /// Base path, `/` or `/sub/`: for hand-written links in custom templates.
    pub base: String,
    pub home_href: String,
    pub stylesheet_href: String,
    /// The site icon, so browsers do not ask for a missing `/favicon.ico`.
    pub icon_href: String,
    pub search_script_href: String,
    /// In-place filtering of the project list (the static filter pages work without it).
    pub filter_script_href: String,
    pub search_href: String,
    pub feed_href: String,
    pub data_href: String,
    /// `/embed/`: summaries for other websites.
    pub embed_href: String,
    /// `/easy-read/`, when some project has an Easy Read version.
    pub easy_read_href: Option<String>,
    pub nav: Vec<Link>,
    pub footer_links: Vec<Link>,
    pub contact: Option<ContactView>,
    pub get_involved_href: Option<String>,
    /// The organisation's logo (`logo` in site.yaml), shown in place of its name in the header.
    pub logo_href: Option<String>,
    /// Where readers tell the trust whether a project page got it right (`feedback`): a web
    /// address, or an email address as a `mailto:` link.
    pub feedback_href: Option<String>,
    /// True in `serve` with drafts shown: templates show a "Draft" banner on draft pages.
    pub preview: bool,
}

#[derive(Serialize)]
pub struct ContactView {
    pub team: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// `tel:` form of the phone number.
    pub phone_href: Option<String>,
}

/// Per-page metadata for `<head>` and breadcrumbs.
#[derive(Serialize)]
pub struct Meta {
    /// The page's own title (the `<h1>`).
    pub title: String,
    pub description: String,
    /// Absolute URL of this page.
    pub canonical: String,
    /// This page's address from the root of the host, with the base path (`/sub/stories/`):
    /// what links on the page are compared with to mark the current one.
    pub path: String,
    /// `website` or `article`, for Open Graph.
    pub kind: &'static str,
    /// Absolute address of the picture shared links show (`og:image`), if the page has one.
    pub image: Option<String>,
    pub breadcrumbs: Vec<Link>,
    pub draft: bool,
    /// This page in the site's other languages (none for a site in one language).
    pub languages: super::languages::PageLanguages,
}
