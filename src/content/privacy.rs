//! The privacy guard, run over the raw text of every content file: something that looks like
//! an NHS number stops the build (it is never published), and an email address outside the
//! site's own domains is flagged for a human to check. A file may waive exact strings it
//! lists in its own `privacy_waiver` (docs/privacy-waiver.md); a waived string that no longer
//! appears is a warning, so waivers do not outlive their reason.

use super::model::PrivacyWaiver;
use super::spans::Locations;
use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Location};
use std::ops::Range;
use std::path::Path;

/// A file's waiver and the positions of its own values: a finding on the line of a listed
/// value is the listing itself, which is waived but does not count as a use.
pub struct Waiver<'a> {
    pub waiver: &'a PrivacyWaiver,
    pub locs: &'a Locations,
}

impl Waiver<'_> {
    fn value_at(&self, i: usize) -> Location {
        self.locs.at(&format!("privacy_waiver.values.{i}"))
    }
}

/// Scans one file's text. `allowed_domains` empty means no email rule is configured.
pub fn scan(text: &str, file: &Path, allowed_domains: &[String], waiver: Option<Waiver>, diagnostics: &mut Diagnostics) {
    // Most files have nothing to report: index their lines only when something is found.
    let index = std::cell::OnceCell::new();
    let locate = |offset: usize| index.get_or_init(|| LineIndex::new(text)).location(offset, 1);
    let values: &[String] = waiver.as_ref().map_or(&[], |w| &w.waiver.values);
    let listed: Vec<u32> = (0..values.len()).filter_map(|i| waiver.as_ref().map(|w| w.value_at(i).line)).collect();
    let mut used = vec![false; values.len()];
    // Whether the finding at `range` is waived, noting the use.
    let mut waived = |range: &Range<usize>, at: Location| match values.iter().position(|v| v.trim() == &text[range.clone()]) {
        Some(i) => {
            used[i] |= !listed.contains(&at.line);
            true
        }
        None => false,
    };
    for range in nhs_numbers(text) {
        let at = locate(range.start);
        if waived(&range, at) {
            continue;
        }
        diagnostics.push(
            Diagnostic::error("nhs-number", file, "this looks like an NHS number, which must never be published")
                .at(at)
                .hint("remove it; if it is not an NHS number (a reference or phone number), write it another way, or list it in this file's privacy_waiver with a reason"),
        );
    }
    for (offset, email, domain) in emails(text).into_iter().filter(|_| !allowed_domains.is_empty()) {
        let at = locate(offset);
        let allowed = allowed_domains.iter().any(|d| {
            let d = d.trim().to_ascii_lowercase();
            domain == d || domain.ends_with(&format!(".{d}"))
        });
        if !allowed && !waived(&(offset..offset + email.len()), at) {
            diagnostics.push(
                Diagnostic::warning(
                    "email-domain",
                    file,
                    format!("the email address \"{email}\" is not at one of the trust's own domains"),
                )
                .at(at)
                .hint(format!(
                    "check that this person agreed to have their email published; use a team address at {} instead",
                    allowed_domains.join(" or ")
                )),
            );
        }
    }
    if let Some(w) = &waiver {
        check_waiver(w, &used, file, diagnostics);
    }
}

/// A waiver must say why, and every value it lists must still be flagged somewhere else in
/// the file, or it would go on waiving a string that is no longer there.
fn check_waiver(w: &Waiver, used: &[bool], file: &Path, diagnostics: &mut Diagnostics) {
    if w.waiver.reason.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error("empty-field", file, "a privacy waiver needs a reason")
                .at(w.locs.key_at("privacy_waiver.reason"))
                .hint("say who checked these values and why they are safe to publish, for example `reason: a supplier's order number, checked by the IG team`"),
        );
    }
    for (i, value) in w.waiver.values.iter().enumerate().filter(|&(i, _)| !used[i]) {
        diagnostics.push(
            Diagnostic::warning("waiver-unused", file, format!("the waived value \"{value}\" is no longer flagged anywhere in this file"))
                .at(w.value_at(i))
                .hint("remove it from privacy_waiver, so the waiver covers only what is still there (it must match the text exactly)"),
        );
    }
}

/// Byte ranges of 10-digit numbers, plain or spaced 3-3-4 (spaces or hyphens), that pass
/// the NHS number modulus 11 check and are not part of a longer number.
pub fn nhs_numbers(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let plain = take_digits(bytes, i, 10).filter(|&end| !bytes.get(end).is_some_and(u8::is_ascii_digit));
        let spaced = spaced_334(bytes, i);
        for (digits, end) in [plain.map(|e| (collect_digits(&bytes[i..e]), e)), spaced].into_iter().flatten() {
            if valid_check_digit(&digits) {
                found.push(i..end);
                i = end;
                break;
            }
        }
        i += 1;
    }
    found
}

fn take_digits(bytes: &[u8], start: usize, n: usize) -> Option<usize> {
    let end = start + n;
    (end <= bytes.len() && bytes[start..end].iter().all(u8::is_ascii_digit)).then_some(end)
}

fn spaced_334(bytes: &[u8], start: usize) -> Option<(Vec<u8>, usize)> {
    let a = take_digits(bytes, start, 3)?;
    let sep = *bytes.get(a)?;
    if sep != b' ' && sep != b'-' {
        return None;
    }
    let b = take_digits(bytes, a + 1, 3)?;
    if bytes.get(b) != Some(&sep) {
        return None;
    }
    let c = take_digits(bytes, b + 1, 4)?;
    if bytes.get(c).is_some_and(u8::is_ascii_digit) || (bytes.get(c) == Some(&sep) && bytes.get(c + 1).is_some_and(u8::is_ascii_digit)) {
        return None;
    }
    Some((collect_digits(&bytes[start..c]), c))
}

fn collect_digits(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect()
}

/// The NHS number check: weights 10..2 on the first nine digits, 11 minus the remainder mod
/// 11 (11 becomes 0, 10 is never valid) must equal the tenth digit.
pub fn valid_check_digit(digits: &[u8]) -> bool {
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9].iter().zip((2..=10).rev()).map(|(&d, w)| u32::from(d) * w).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == u32::from(digits[9])
}

/// (offset, address, lowercase domain) of each email address in the text.
fn emails(text: &str) -> Vec<(usize, &str, String)> {
    let bytes = text.as_bytes();
    let local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let host = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = (0..at).rev().take_while(|&i| local(bytes[i])).last().unwrap_or(at);
        let mut end = at + 1 + bytes[at + 1..].iter().take_while(|&&b| host(b)).count();
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &text[at + 1..end];
        if start < at && domain.contains('.') && !domain.starts_with('.') {
            out.push((start, &text[start..end], domain.to_ascii_lowercase()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_valid_nhs_numbers_plain_and_spaced() {
        // 943 476 5919 is the NHS's own published example of a valid number.
        assert_eq!(nhs_numbers("ref 9434765919 here"), vec![4..14]);
        assert_eq!(nhs_numbers("ref 943 476 5919."), vec![4..16]);
        assert_eq!(nhs_numbers("ref 943-476-5919."), vec![4..16]);
        // Wrong check digit, too long, or a phone number: not flagged.
        assert!(nhs_numbers("9434765918").is_empty());
        assert!(nhs_numbers("94347659190").is_empty());
        assert!(nhs_numbers("01632 960 418").is_empty());
    }

    #[test]
    fn check_digit_rules() {
        assert!(valid_check_digit(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 9]));
        assert!(!valid_check_digit(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 8]));
    }

    #[test]
    fn flags_emails_outside_allowed_domains() {
        let mut d = Diagnostics::new();
        let allowed = vec!["example.nhs.uk".to_string()];
        scan("a@example.nhs.uk b@team.example.nhs.uk\nc@gmail.com.", Path::new("x.md"), &allowed, None, &mut d);
        let found = d.into_sorted();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "the email address \"c@gmail.com\" is not at one of the trust's own domains");
        assert_eq!((found[0].location.line, found[0].location.column), (2, 1));
    }
}
