//! `site.yaml`: the settings for the whole site, and the wording it may override.

use super::unique_keys;
use crate::content::schema::{involvement_overrides, language_tags};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `site.yaml`: the settings for the whole site.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The name of the site, shown at the top of every page and in search results.
    pub title: String,
    /// Your organisation's full name, as the public knows it.
    pub organisation: String,
    /// The address the site will be published at, such as `https://involvement.example.nhs.uk/`.
    /// It may end in a folder (`https://www.example.nhs.uk/involvement/`): every link follows it.
    #[schemars(regex(pattern = r"^https?://"))]
    pub base_url: String,
    /// The language the content is written in, as a language tag. Leave it as `en-GB` unless you
    /// publish in another language.
    #[serde(default = "default_language")]
    pub language: String,
    /// For a site published in more than one language: every language, the site's own
    /// `language` first, such as `[en-GB, cy]`. Each record may then have a translation beside
    /// it, named with the language: `crisis-line.cy.yaml` beside `crisis-line.yaml`.
    #[serde(default)]
    #[schemars(schema_with = "language_tags")]
    pub languages: Vec<String>,
    /// One or two sentences about the site, for search engines and the home page.
    pub description: Option<String>,
    /// How the public can reach your involvement team: shown in the footer and on the
    /// get-involved page.
    pub contact: Option<Contact>,
    /// A link target for the call to action, such as `pages/get-involved`.
    pub get_involved: Option<String>,
    /// The look of the site: `default`, or the name of a folder in `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Settings that protect people's personal information.
    #[serde(default)]
    pub privacy: Privacy,
    /// Your own wording for the four built-in involvement types. Give only the ones you want to
    /// change; every field inside is optional.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(schema_with = "involvement_overrides")]
    pub involvement_types: BTreeMap<String, InvolvementTypeText>,
    /// Your own wording for the built-in benefits of involvement, or new benefits to tag impact
    /// stories with, keyed by a lowercase id such as `shared-decisions`.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(extend("propertyNames" = { "pattern": crate::content::schema::SLUG_PATTERN }))]
    pub benefits: BTreeMap<String, BenefitText>,
    /// Raw HTML in Markdown is removed unless you set this to `true`. Leave it off unless
    /// someone who knows HTML looks after the site.
    #[serde(default)]
    pub allow_raw_html: bool,
    /// How many projects or stories each list page shows; the rest go on further pages
    /// (`/page/2/` and on).
    #[serde(default, deserialize_with = "whole_number")]
    #[schemars(range(min = SiteConfig::MIN_PAGE_SIZE, max = SiteConfig::MAX_PAGE_SIZE))]
    #[schemars(extend("default" = SiteConfig::DEFAULT_PAGE_SIZE))]
    pub page_size: Option<i64>,
    /// The licence the open data is published under, shown on the open data page and in the
    /// JSON. Public bodies in the UK usually use the Open Government Licence, the default.
    pub data_licence: Option<Licence>,
    /// Your organisation's logo, such as `media/logo.svg`: shown at the top of every page,
    /// with the organisation's name as its text alternative.
    pub logo: Option<String>,
    /// Where readers can tell you whether a project page got it right: a web address
    /// (`https://…`) or an email address. Each project page links to it.
    pub feedback: Option<String>,
}

/// A licence: its name and where to read it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// Such as "Open Government Licence v3.0".
    pub name: String,
    /// The licence's own web page.
    #[schemars(regex(pattern = r"^https?://"))]
    pub url: String,
}

impl Licence {
    /// The Open Government Licence v3.0, which UK public bodies publish open data under.
    pub fn open_government() -> Licence {
        Licence {
            name: "Open Government Licence v3.0".into(),
            url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/".into(),
        }
    }
}

impl SiteConfig {
    /// `data_licence`, or the Open Government Licence when it is not given.
    pub fn data_licence(&self) -> Licence {
        self.data_licence.clone().unwrap_or_else(Licence::open_government)
    }

    /// Stands in for a site.yaml that is missing or broken, so the other files are still
    /// checked in the same run. Its build never writes: the site.yaml error stops it.
    pub fn placeholder() -> SiteConfig {
        SiteConfig {
            title: String::new(),
            organisation: String::new(),
            base_url: "https://example.invalid/".into(),
            language: default_language(),
            languages: Vec::new(),
            description: None,
            contact: None,
            get_involved: None,
            theme: default_theme(),
            privacy: Privacy::default(),
            involvement_types: BTreeMap::new(),
            benefits: BTreeMap::new(),
            allow_raw_html: false,
            page_size: None,
            data_licence: None,
            logo: None,
            feedback: None,
        }
    }

    /// Items a list page shows when `page_size` is not given.
    pub const DEFAULT_PAGE_SIZE: usize = 50;

    /// The smallest `page_size`: with fewer, even a modest list would be split over many
    /// pages that are mostly heading, figures and pager.
    pub const MIN_PAGE_SIZE: i64 = 5;

    /// The largest `page_size`: with more, a page of project cards (about 0.8 KB of HTML
    /// each) passes 400 KB, slow to load on a phone and long to move through card by card
    /// with a screen reader.
    pub const MAX_PAGE_SIZE: i64 = 500;

    /// Items per page of every paginated list: `page_size`, or the default when it is not
    /// given or out of range (the site checks report that as an error).
    pub fn page_size(&self) -> usize {
        self.page_size
            .filter(|n| (Self::MIN_PAGE_SIZE..=Self::MAX_PAGE_SIZE).contains(n))
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(Self::DEFAULT_PAGE_SIZE)
    }

    /// The error for a `page_size` that is not a whole number from [`Self::MIN_PAGE_SIZE`]
    /// to [`Self::MAX_PAGE_SIZE`], as (message, hint); `found` is the value as written.
    pub fn page_size_error(found: &str) -> (String, String) {
        let (min, max) = (Self::MIN_PAGE_SIZE, Self::MAX_PAGE_SIZE);
        (
            format!("page_size: must be a whole number from {min} to {max}, not {found}"),
            format!("write a whole number from {min} to {max}, or delete the line to use {}", Self::DEFAULT_PAGE_SIZE),
        )
    }
}

/// `page_size`: any whole number, so that one out of range is reported by the site checks
/// with its value; anything else (text, a decimal) is refused here with the same message.
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Option<i64>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            self.visit_i128(i128::from(v))
        }
        fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Self::Value, E> {
            i64::try_from(v).map(Some).map_err(|_| refused(&v.to_string()))
        }
        fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Self::Value, E> {
            i128::try_from(v).map_or_else(|_| Err(refused(&v.to_string())), |v| self.visit_i128(v))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Err(refused(&format!("{v:?}")))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Err(refused(&format!("\"{v}\"")))
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Err(refused(&v.to_string()))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(refused("a list"))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(refused("a set of fields"))
        }
    }
    fn refused<E: serde::de::Error>(found: &str) -> E {
        let (message, hint) = SiteConfig::page_size_error(found);
        E::custom(format!("{message}{}{hint}", crate::content::yaml::HINT_SEPARATOR))
    }
    d.deserialize_any(Visitor)
}

fn default_language() -> String {
    "en-GB".into()
}

fn default_theme() -> String {
    "default".into()
}

/// How the public can reach the involvement team.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The team's name, such as "Patient and Carer Involvement Team".
    pub team: Option<String>,
    /// A team email address, never a personal one.
    pub email: Option<String>,
    /// A phone number, written as people would dial it. Put it in quotes.
    pub phone: Option<String>,
}

/// Settings that protect people's personal information.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// Email addresses at these domains may appear in content (`example.nhs.uk`). Any other
    /// address is flagged, in case it is someone's personal email.
    #[serde(default)]
    pub allowed_email_domains: Vec<String>,
}

/// An override of a built-in involvement type's wording.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InvolvementTypeText {
    /// The name shown for the type, such as "Co-design".
    pub label: Option<String>,
    /// The level of influence the type offers, told to the public ("We asked for your views…").
    pub influence: Option<String>,
    /// A longer explanation, shown on the "ways we involve people" pages.
    pub description: Option<String>,
}

/// An override of a built-in benefit, or a new one.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitText {
    /// The name shown for the benefit, such as "Shared decisions".
    pub label: Option<String>,
    /// One line on what the benefit means.
    pub description: Option<String>,
}
