//! The built-in vocabularies: involvement types (ordered by influence), benefits of
//! involvement, and the 4Pi standards, with the wording a site may override in `site.yaml`.
//! These texts are shown to the public, so they are plain English, in our own words.

use super::model::{ProjectStatus, SiteConfig, Standard};

/// An involvement type with the wording a site shows for it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct InvolvementType {
    pub id: &'static str,
    /// 1 = least influence, 4 = most.
    pub rank: u8,
    pub label: String,
    /// The level of influence, said to the public in the first person plural.
    pub influence: String,
    pub description: String,
}

/// A benefit of involvement, for tagging impact stories.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Benefit {
    pub id: String,
    pub label: String,
    pub description: String,
}

/// The vocabularies of one site: built-ins with its overrides applied.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub types: Vec<InvolvementType>,
    pub benefits: Vec<Benefit>,
}

const TYPES: [(&str, &str, &str, &str); 4] = [
    (
        "consultation",
        "Consultation",
        "We asked for your views on ideas, plans or options.",
        "We share ideas, plans or options and ask what you think before we decide. Your views inform the decision, which is then made by the trust.",
    ),
    (
        "engagement",
        "Engagement",
        "We listened to understand your experiences and perspectives.",
        "We listen, in conversations, groups and visits, to understand what using our services is like for you, so that what we learn shapes our priorities.",
    ),
    (
        "co-design",
        "Co-design",
        "We worked with you to shape ideas and plans; your input is reflected in the outcome.",
        "People with lived experience and staff shape ideas and plans together. You can see your input in what we make, though the final decision may rest with the trust.",
    ),
    (
        "co-production",
        "Co-production",
        "We worked as equal partners from start to finish, sharing decisions and responsibility.",
        "People with lived experience and staff work as equal partners from the first idea to the finished change, sharing power, decisions and responsibility throughout.",
    ),
];

const BENEFITS: [(&str, &str, &str); 11] = [
    ("legal-duty", "Meets our legal duty", "Involving people in decisions about services is the law, not an optional extra"),
    ("shared-decisions", "Shared decisions", "Staff and people with lived experience decide together, which improves care"),
    ("relationships", "Better relationships", "People and staff build trust and work together to make change happen"),
    ("saves-resources", "Saves resources", "Getting it right first time avoids spending time and money on the wrong thing"),
    ("person-centred", "Person-centred care", "Services fit the needs of the people who use them"),
    ("transparency", "Transparency", "The reasons for decisions are clear and justified"),
    ("empowerment", "Empowerment", "People see their contribution make a difference to services and to their own health"),
    ("more-perspectives", "More perspectives", "We hear from everyone with an interest, not just the loudest voices"),
    ("new-information", "New information", "Lived experience brings knowledge we would not otherwise have"),
    ("buy-in", "Understanding and support", "Involving people early builds understanding of and support for decisions"),
    ("governance", "Better governance", "Decisions are more legitimate, accountable and open"),
];

impl Vocabulary {
    /// The built-ins with `site.yaml`'s overrides; unknown override ids are reported by the
    /// graph's checks, not here.
    pub fn for_site(config: &SiteConfig) -> Vocabulary {
        let types = TYPES
            .iter()
            .enumerate()
            .map(|(i, (id, label, influence, description))| {
                let over = config.involvement_types.get(*id);
                InvolvementType {
                    id,
                    rank: i as u8 + 1,
                    label: over.and_then(|o| o.label.clone()).unwrap_or_else(|| label.to_string()),
                    influence: over.and_then(|o| o.influence.clone()).unwrap_or_else(|| influence.to_string()),
                    description: over.and_then(|o| o.description.clone()).unwrap_or_else(|| description.to_string()),
                }
            })
            .collect();
        let mut benefits: Vec<Benefit> = BENEFITS
            .iter()
            .map(|(id, label, description)| Benefit { id: id.to_string(), label: label.to_string(), description: description.to_string() })
            .collect();
        for (id, text) in &config.benefits {
            match benefits.iter_mut().find(|b| &b.id == id) {
                Some(b) => {
                    if let Some(l) = &text.label {
                        b.label = l.clone();
                    }
                    if let Some(d) = &text.description {
                        b.description = d.clone();
                    }
                }
                None => benefits.push(Benefit {
                    id: id.clone(),
                    label: text.label.clone().unwrap_or_else(|| id.replace('-', " ")),
                    description: text.description.clone().unwrap_or_default(),
                }),
            }
        }
        Vocabulary { types, benefits }
    }

    /// Whether a benefit is one of the built-ins (a site may add its own).
    pub fn is_built_in_benefit(id: &str) -> bool {
        BENEFITS.iter().any(|b| b.0 == id)
    }

    pub fn type_ids() -> impl Iterator<Item = &'static str> + Clone {
        TYPES.iter().map(|t| t.0)
    }

    pub fn involvement_type(&self, id: &str) -> Option<&InvolvementType> {
        self.types.iter().find(|t| t.id == id)
    }

    pub fn benefit(&self, id: &str) -> Option<&Benefit> {
        self.benefits.iter().find(|b| b.id == id)
    }
}

impl ProjectStatus {
    /// In the order a project goes through them.
    pub const ALL: [ProjectStatus; 3] = [ProjectStatus::Planned, ProjectStatus::InProgress, ProjectStatus::Completed];

    /// The id editors write (`in-progress`), also used in filter URLs and open data.
    pub fn id(self) -> &'static str {
        match self {
            ProjectStatus::Planned => "planned",
            ProjectStatus::InProgress => "in-progress",
            ProjectStatus::Completed => "completed",
        }
    }
}

impl Standard {
    pub const ALL: [Standard; 5] = [Standard::Principles, Standard::Purpose, Standard::Presence, Standard::Process, Standard::Impact];

    pub fn id(self) -> &'static str {
        match self {
            Standard::Principles => "principles",
            Standard::Purpose => "purpose",
            Standard::Presence => "presence",
            Standard::Process => "process",
            Standard::Impact => "impact",
        }
    }
}
