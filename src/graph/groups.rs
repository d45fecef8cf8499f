//! The groups a project is listed in (its service, involvement type, status, year, themes,
//! strategy and ambitions) and their figures, summed once from the projects' own: a step of
//! [`super::build`] of its own because every figure above a project's is made here.

use super::figures::Figures;
use super::{periods, AmbitionNode, ProjectGroup, ProjectNode, Service, StoryNode, StrategyNode, ThemeGroup};
use crate::content::model::{ProjectStatus, Strategy};
use crate::content::vocab::Vocabulary;
use crate::content::{slugify, Date, Doc};
use std::collections::BTreeMap;

/// Every group of the graph but the services, which are filled in place.
pub(super) struct Groups {
    pub strategies: Vec<StrategyNode>,
    pub types: Vec<ProjectGroup>,
    pub statuses: Vec<(ProjectStatus, ProjectGroup)>,
    pub years: Vec<(u16, ProjectGroup)>,
    pub themes: Vec<ThemeGroup>,
    pub figures: Figures,
    pub reports: Vec<periods::ReportYear>,
}

/// Puts each story under its project and service and each project in its groups, then sums
/// every group's figures from its projects' (items are counted only in `Figures::of_items`).
pub(super) fn of(
    vocab: &Vocabulary,
    strategies: Vec<Doc<Strategy>>,
    projects: &mut [ProjectNode],
    stories: &[StoryNode],
    services: &mut [Service],
    today: Date,
) -> Groups {
    for (si, s) in stories.iter().enumerate() {
        if let Some(p) = s.project {
            projects[p].stories.push(si);
            services[projects[p].service].stories.push(si);
        }
    }
    let mut groups = Groups {
        strategies: strategies
            .into_iter()
            .map(|doc| StrategyNode {
                ambitions: doc
                    .data
                    .ambitions
                    .iter()
                    .map(|_| AmbitionNode { projects: Vec::new(), stories: Vec::new(), figures: Figures::default() })
                    .collect(),
                projects: Vec::new(),
                figures: Figures::default(),
                doc,
            })
            .collect(),
        types: vocab.types.iter().map(|_| ProjectGroup::default()).collect(),
        statuses: ProjectStatus::ALL.iter().map(|&s| (s, ProjectGroup::default())).collect(),
        years: years_of(projects),
        themes: themes_of(projects),
        figures: Figures::sum(projects.iter().map(|p| &p.figures)),
        reports: periods::report_years(projects, today),
    };
    for (pi, p) in projects.iter().enumerate() {
        services[p.service].projects.push(pi);
        groups.types[p.involvement].projects.push(pi);
        if let Some((_, group)) = groups.statuses.iter_mut().find(|(s, _)| *s == p.doc.data.status) {
            group.projects.push(pi);
        }
        if let Some(si) = p.strategy {
            groups.strategies[si].projects.push(pi);
            for &ai in &p.ambitions {
                groups.strategies[si].ambitions[ai].projects.push(pi);
                groups.strategies[si].ambitions[ai].stories.extend(p.stories.iter().copied());
            }
        }
    }
    sum_figures(&mut groups, projects, services);
    groups
}

/// Each group's figures, once its projects are known: the sum of theirs.
fn sum_figures(groups: &mut Groups, projects: &[ProjectNode], services: &mut [Service]) {
    let sum = |ids: &[usize]| Figures::sum(ids.iter().map(|&i| &projects[i].figures));
    for s in services {
        s.figures = sum(&s.projects);
    }
    for group in groups
        .types
        .iter_mut()
        .chain(groups.statuses.iter_mut().map(|(_, g)| g))
        .chain(groups.years.iter_mut().map(|(_, g)| g))
        .chain(groups.themes.iter_mut().map(|t| &mut t.group))
    {
        group.figures = sum(&group.projects);
    }
    for s in &mut groups.strategies {
        s.figures = sum(&s.projects);
        for a in &mut s.ambitions {
            a.figures = sum(&a.projects);
            a.stories.sort_unstable();
            a.stories.dedup();
        }
    }
}

/// The years projects started in, newest first, each with its projects (newest first).
fn years_of(projects: &[ProjectNode]) -> Vec<(u16, ProjectGroup)> {
    let mut by_year: BTreeMap<u16, ProjectGroup> = BTreeMap::new();
    for (pi, p) in projects.iter().enumerate() {
        by_year.entry(p.doc.data.started.year()).or_default().projects.push(pi);
    }
    by_year.into_iter().rev().collect()
}

/// The themes of the projects' items, grouped by slug (so "Access" and "access" are one theme),
/// ordered by name; a project is in a theme's group once however many of its items have it.
fn themes_of(projects: &[ProjectNode]) -> Vec<ThemeGroup> {
    let mut by_slug: BTreeMap<String, ThemeGroup> = BTreeMap::new();
    for (pi, p) in projects.iter().enumerate() {
        for label in p.doc.data.you_said.iter().filter_map(|item| item.theme.as_deref()).map(str::trim) {
            let slug = slugify(label);
            if slug.is_empty() {
                continue;
            }
            let theme = by_slug.entry(slug.clone()).or_insert_with(|| ThemeGroup {
                slug,
                label: label.to_string(),
                group: ProjectGroup::default(),
            });
            if theme.group.projects.last() != Some(&pi) {
                theme.group.projects.push(pi);
            }
        }
    }
    let mut themes: Vec<ThemeGroup> = by_slug.into_values().collect();
    themes.sort_by_key(|t| t.label.to_lowercase());
    themes
}
