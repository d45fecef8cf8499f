//! Reading a source file as text. Editors save from Word, Notepad and Excel, so a UTF-8 byte
//! order mark and CRLF line endings just work; any other encoding is refused with a message
//! that says how to fix it, rather than being guessed at.

use crate::diagnostics::Diagnostic;
use std::path::Path;

/// Larger files are refused before they are read: no real story is 50 MB, and this bounds
/// the memory a hostile folder can make wedid use.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Reads `root/relative` as UTF-8 text with LF line endings.
pub fn read_text(root: &Path, relative: &Path) -> Result<String, Diagnostic> {
    decode(relative, read_bytes(root, relative)?)
}

/// Reads `root/relative` as bytes, refusing files over [`MAX_FILE_BYTES`] before reading them.
pub fn read_bytes(root: &Path, relative: &Path) -> Result<Vec<u8>, Diagnostic> {
    let path = root.join(relative);
    match std::fs::metadata(&path) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => Err(Diagnostic::error("file-too-large", relative, "this file is larger than 50 MB")
            .hint("split it into smaller files; images belong in content/media/")),
        Ok(_) => std::fs::read(&path).map_err(|err| unreadable(relative, &err)),
        Err(err) => Err(unreadable(relative, &err)),
    }
}

fn unreadable(relative: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error("unreadable", relative, format!("this file could not be read ({err})"))
        .hint("check that the file exists and that you have permission to read it")
}

/// Decodes a file's bytes as [`read_text`] does: UTF-8 with or without a BOM, CRLF or LF.
pub fn decode(relative: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let save_as_utf8 = "open the file and save it again with the encoding \"UTF-8\"";
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Diagnostic::error("not-utf8", relative, "this file is saved as UTF-16, which wedid cannot read").hint(save_as_utf8));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let good = &err.as_bytes()[..offset];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            return Err(Diagnostic::error("not-utf8", relative, "this file is not saved as UTF-8 text")
                .at(crate::diagnostics::Location::new(line, column))
                .hint(save_as_utf8));
        }
    };
    let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
    if text.contains('\0') {
        return Err(Diagnostic::error("not-utf8", relative, "this file contains binary data, not text").hint(save_as_utf8));
    }
    Ok(if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8]) -> Result<String, String> {
        decode(Path::new("a.md"), bytes.to_vec()).map_err(|d| d.message)
    }

    #[test]
    fn bom_and_crlf_just_work() {
        assert_eq!(check(b"\xEF\xBB\xBFtitle: x\r\nb: y\r\n"), Ok("title: x\nb: y\n".into()));
    }

    #[test]
    fn other_encodings_are_refused() {
        assert_eq!(check(b"\xFF\xFEt\0i\0"), Err("this file is saved as UTF-16, which wedid cannot read".into()));
        assert_eq!(check(b"caf\xE9"), Err("this file is not saved as UTF-8 text".into()));
    }
}
