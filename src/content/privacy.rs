//! The privacy guard, run over the raw text of every content file before anything else sees
//! it: something that looks like an NHS number stops the build (it is never published), and
//! an email address outside the site's own domains is flagged for a human to check.

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex};
use std::path::Path;

/// Scans one file's text. `allowed_domains` empty means no email rule is configured.
pub fn scan(text: &str, file: &Path, allowed_domains: &[String], diagnostics: &mut Diagnostics) {
    let index = LineIndex::new(text);
    for offset in nhs_numbers(text) {
        diagnostics.push(
            Diagnostic::error("nhs-number", file, "this looks like an NHS number, which must never be published")
                .at(index.location(offset, 1))
                .hint("remove it; if it is not an NHS number (a reference or phone number), write it another way, for example with different spacing or a prefix"),
        );
    }
    if allowed_domains.is_empty() {
        return;
    }
    for (offset, email, domain) in emails(text) {
        let allowed = allowed_domains.iter().any(|d| {
            let d = d.trim().to_ascii_lowercase();
            domain == d || domain.ends_with(&format!(".{d}"))
        });
        if !allowed {
            diagnostics.push(
                Diagnostic::warning(
                    "email-domain",
                    file,
                    format!("the email address \"{email}\" is not at one of the trust's own domains"),
                )
                .at(index.location(offset, 1))
                .hint(format!(
                    "check that this person agreed to have their email published; use a team address at {} instead",
                    allowed_domains.join(" or ")
                )),
            );
        }
    }
}

/// Byte offsets of 10-digit numbers, plain or spaced 3-3-4 (spaces or hyphens), that pass
/// the NHS number modulus 11 check and are not part of a longer number.
pub fn nhs_numbers(text: &str) -> Vec<usize> {
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
                found.push(i);
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
        assert_eq!(nhs_numbers("ref 9434765919 here"), vec![4]);
        assert_eq!(nhs_numbers("ref 943 476 5919."), vec![4]);
        assert_eq!(nhs_numbers("ref 943-476-5919."), vec![4]);
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
        scan("a@example.nhs.uk b@team.example.nhs.uk\nc@gmail.com.", Path::new("x.md"), &allowed, &mut d);
        let found = d.into_sorted();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "the email address \"c@gmail.com\" is not at one of the trust's own domains");
        assert_eq!((found[0].location.line, found[0].location.column), (2, 1));
    }
}
