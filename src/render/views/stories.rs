//! The views of `/stories/` and one story's page.

use super::{DateView, ImageView, Link, ListedStory, Pagination, TypeRef, UpdatedView};
use serde::Serialize;

#[derive(Serialize)]
pub struct StoryListView {
    pub stories: Vec<ListedStory>,
    pub pagination: Pagination,
    pub total: usize,
}

#[derive(Serialize)]
pub struct StoryView {
    pub title: String,
    pub summary: String,
    pub date: DateView,
    pub updated: UpdatedView,
    pub body_html: String,
    pub quote: Option<QuoteView>,
    pub image: Option<ImageView>,
    pub benefits: Vec<BenefitView>,
    pub project: Option<Link>,
    pub service: Option<Link>,
    pub involvement: Option<TypeRef>,
    pub tags: Vec<String>,
}

#[derive(Serialize)]
pub struct QuoteView {
    pub text: String,
    pub by: String,
}

#[derive(Serialize)]
pub struct BenefitView {
    pub label: String,
    pub description: String,
}
