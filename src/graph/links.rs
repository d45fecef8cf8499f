//! The link rules for Markdown links, an action's `link` and `get_involved`: relative,
//! root-relative (which must point at a page wedid generates), `https:`, `http:`, `mailto:`
//! and `tel:`. Any other scheme (`javascript:`, `data:`, `file:` …) is refused.

use super::urls::Addresses;

/// A link that passed the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// `/stories/x/#part`: the path relative to the site root (`stories/x/`) and the rest.
    /// Pages, generated files (`data/you-said-we-did.csv`) and media (`media/x.jpg`).
    Internal { path: String, suffix: String },
    /// Anything left as written: relative paths and allowed schemes.
    AsWritten,
}

/// Checks a link target; `Err` holds (message, hint).
pub fn check(target: &str, urls: &Addresses) -> Result<Link, (String, String)> {
    let target = target.trim();
    // `media/x.jpg` is how editors name media in front matter; in a body it means the same
    // file, not a path relative to the page it sits on.
    let rooted = target.starts_with("media/").then(|| format!("/{target}"));
    let target = rooted.as_deref().unwrap_or(target);
    if let Some(rest) = target.strip_prefix('/') {
        if rest.starts_with('/') {
            return Err((
                format!("the link \"{target}\" points to another website without saying how"),
                "write the full address, starting with https://".into(),
            ));
        }
        let split = rest.find(['#', '?']).unwrap_or(rest.len());
        let (path, suffix) = rest.split_at(split);
        let with_slash = if path.is_empty() || path.ends_with('/') || path.contains('.') { path.to_string() } else { format!("{path}/") };
        if !urls.contains(&with_slash) {
            return Err((
                format!("the link \"{target}\" points to a page that is not on this site"),
                "check the address; site pages look like /you-said-we-did/<project>/ or /stories/<story>/".into(),
            ));
        }
        return Ok(Link::Internal { path: with_slash, suffix: suffix.to_string() });
    }
    match scheme(target) {
        None => Ok(Link::AsWritten),
        Some(s) if ["https", "http", "mailto", "tel"].contains(&s.to_ascii_lowercase().as_str()) => Ok(Link::AsWritten),
        Some(s) => Err((
            format!("links starting with \"{s}:\" are not allowed"),
            "use a link to a page (/…), or an https:, http:, mailto: or tel: address".into(),
        )),
    }
}

/// The URL scheme, if the target has one. Browsers ignore tabs and newlines inside schemes
/// ("java\tscript:"), so those are removed before looking.
fn scheme(target: &str) -> Option<String> {
    let cleaned: String = target.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
    let colon = cleaned.find(':')?;
    let before = &cleaned[..colon];
    let is_scheme = !before.is_empty()
        && before.starts_with(|c: char| c.is_ascii_alphabetic())
        && before.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let before_path = !cleaned[..colon].contains(['/', '?', '#']);
    (is_scheme && before_path).then(|| before.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls() -> Addresses {
        ["", "stories/cafe/", "about/"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn root_relative_must_exist() {
        assert_eq!(check("/stories/cafe/#quote", &urls()), Ok(Link::Internal { path: "stories/cafe/".into(), suffix: "#quote".into() }));
        assert_eq!(check("/about", &urls()), Ok(Link::Internal { path: "about/".into(), suffix: String::new() }));
        assert!(check("/stories/nope/", &urls()).is_err());
    }

    #[test]
    fn schemes_are_allow_listed() {
        for ok in ["https://nhs.uk", "mailto:a@b.nhs.uk", "tel:01632960418", "../x/", "page#a"] {
            assert_eq!(check(ok, &urls()), Ok(Link::AsWritten), "{ok}");
        }
        for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:x", "data:text/html,x", "file:///etc/passwd"] {
            assert!(check(bad, &urls()).is_err(), "{bad}");
        }
    }
}
