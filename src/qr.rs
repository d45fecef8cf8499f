//! QR codes for printed posters: the only user of the `qrcodegen` crate.
//!
//! A poster on a ward noticeboard can only send people to the web through a long address
//! they must type, or a code they can scan. The code is inline SVG: sharp at any print size,
//! no extra file, and no request to another site.
//!
//! Choosing the mask is most of the cost of a code: the standard asks for the one of eight
//! with the lowest penalty, so the encoder draws and scores all eight (about 0.2 ms a code,
//! a fifth of a 10k-project build's CPU time). [`Codes`] remembers the mask chosen for each
//! address in the site's `.wedid-cache/`, and the next build draws that one only: the same
//! code, at an eighth of the cost.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Mutex;

/// Where the masks are kept, in the site's folder.
pub const CACHE: &str = ".wedid-cache/qr-masks.json";
/// Changes when the codes are made differently (error correction, version range), so that an
/// old cache is not used for them.
const FORMAT: u32 = 1;

/// Modules of light margin around the code, as the standard asks, so a scanner finds its edge
/// on a busy noticeboard.
const QUIET_ZONE: i32 = 4;
/// Printed size of one module in CSS pixels when no style sets the width.
const MODULE_PX: i32 = 8;

/// The masks chosen for each address: those the last build saved, and those chosen now.
#[derive(Default)]
pub struct Codes {
    known: HashMap<String, u8>,
    /// Every address asked for in this build, with its mask: what [`Codes::save`] keeps.
    asked: Mutex<HashMap<String, u8>>,
}

/// The cache file.
#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    masks: BTreeMap<String, u8>,
}

impl Codes {
    /// The masks saved in the site at `site`. A missing, unreadable or older cache is an
    /// empty one: it only saves time.
    pub fn load(site: &Path) -> Codes {
        let saved = std::fs::read(site.join(CACHE)).ok().and_then(|bytes| serde_json::from_slice::<Saved>(&bytes).ok());
        let known = saved.filter(|s| s.format == FORMAT).map(|s| s.masks.into_iter().filter(|(_, m)| *m < 8).collect());
        Codes { known: known.unwrap_or_default(), asked: Mutex::default() }
    }

    /// Keeps the masks of this build's addresses, if they differ from those loaded; an
    /// address no longer asked for is dropped. Failing to write costs the next build time only.
    pub fn save(&self, site: &Path) {
        let asked = self.asked.lock().unwrap_or_else(|e| e.into_inner());
        if asked.is_empty() || *asked == self.known {
            return;
        }
        let saved = Saved { format: FORMAT, masks: asked.iter().map(|(u, m)| (u.clone(), *m)).collect() };
        let path = site.join(CACHE);
        if let (Some(dir), Ok(bytes)) = (path.parent(), serde_json::to_vec(&saved)) {
            let _ = std::fs::create_dir_all(dir).and_then(|()| crate::images::write_atomically(&path, &bytes));
        }
    }

    /// The code for `url` as an `<svg>` element labelled for screen readers, or `None` when
    /// the address is too long for a QR code (thousands of characters).
    ///
    /// Error correction "M" (15%) survives a crease or a pin through the paper and keeps the
    /// code small enough to scan from a poster; the encoder raises it when that costs no size.
    /// The mask is chosen by the standard's penalty rules, as phones expect.
    pub fn svg(&self, url: &str, label: &str) -> Option<String> {
        let asked = |u: &str| self.asked.lock().unwrap_or_else(|e| e.into_inner()).get(u).copied();
        let mask = self.known.get(url).copied().or_else(|| asked(url)).map(Mask::new);
        let segments = QrSegment::make_segments(url);
        let code = QrCode::encode_segments_advanced(&segments, QrCodeEcc::Medium, Version::MIN, Version::MAX, mask, true).ok()?;
        self.asked.lock().unwrap_or_else(|e| e.into_inner()).insert(url.to_string(), code.mask().value());
        Some(draw(&code, label))
    }
}

fn draw(code: &QrCode, label: &str) -> String {
    let modules = code.size() + 2 * QUIET_ZONE;
    let px = modules * MODULE_PX;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"{}\" class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{px}\" height=\"{px}\" \
         viewBox=\"0 0 {modules} {modules}\" shape-rendering=\"crispEdges\"><rect width=\"{modules}\" height=\"{modules}\" fill=\"#fff\"/><path fill=\"#000\" d=\"",
        escape(label)
    );
    for y in 0..code.size() {
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per run of dark modules on a row: a fifth of the path of one per module.
            let start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            for (prefix, n) in [("M", start + QUIET_ZONE), (" ", y + QUIET_ZONE), ("h", x - start), ("v1H", start + QUIET_ZONE)] {
                svg.push_str(prefix);
                push_coordinate(&mut svg, n);
            }
            svg.push('z');
        }
    }
    svg.push_str("\"/></svg>");
    svg
}

/// Writes a coordinate of the code (0 to 185: the largest code has 177 modules a side, and
/// the margin 4) without the formatting machinery, which was most of a poster's cost: a code
/// has a thousand runs of modules, each four numbers.
fn push_coordinate(out: &mut String, n: i32) {
    let n = n.clamp(0, 999).unsigned_abs();
    for (place, shown) in [(100, n >= 100), (10, n >= 10), (1, true)] {
        if shown {
            out.push(char::from(b'0' + (n / place % 10) as u8));
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paints the SVG's one path (`M{x} {y}h{w}v1H{x}z` per run of dark modules, in module
    /// units) onto an image and decodes it, as a phone's camera would.
    fn decode(svg: &str) -> String {
        let size: u32 = svg.split("viewBox=\"0 0 ").nth(1).and_then(|s| s.split(' ').next()).and_then(|s| s.parse().ok()).expect("viewBox");
        let path = svg.split(" d=\"").nth(1).and_then(|s| s.split('"').next()).expect("path");
        const SCALE: u32 = 8;
        let mut img = image::GrayImage::from_pixel(size * SCALE, size * SCALE, image::Luma([255]));
        for rect in path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<u32> =
                rect.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(|n| n.parse().expect("number")).collect();
            let (x, y, w, h) = (nums[0], nums[1], nums[2], 1);
            for px in x * SCALE..(x + w) * SCALE {
                for py in y * SCALE..(y + h) * SCALE {
                    img.put_pixel(px, py, image::Luma([0]));
                }
            }
        }
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "one code");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn the_code_scans_to_the_address() {
        let url = "https://involvement.example.nhs.uk/services/children-and-young-people-s-services/";
        let svg = Codes::default().svg(url, "QR code: children's services").expect("fits");
        assert_eq!(decode(&svg), url);
    }

    #[test]
    fn the_code_is_an_inline_element_labelled_for_screen_readers() {
        let svg = Codes::default().svg("https://x.example/", "QR code for \"x\"").expect("fits");
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"QR code for &quot;x&quot;\" class=\"qr-code\" xmlns="), "{svg}");
        assert!(!svg.contains("<?xml") && svg.ends_with("</svg>"), "{svg}");
    }

    #[test]
    fn coordinates_are_written_as_decimal_numbers() {
        for n in [0, 7, 10, 99, 100, 185, 999] {
            let mut out = String::new();
            push_coordinate(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn an_address_too_long_for_a_code_gives_none() {
        assert!(Codes::default().svg(&"x".repeat(5000), "too long").is_none());
    }

    #[test]
    fn a_saved_mask_draws_the_same_code_and_the_cache_keeps_only_addresses_asked_for() {
        let site = tempfile::tempdir().expect("temp dir");
        let urls = ["https://x.example/a/", "https://x.example/projects/a-longer-address-for-a-larger-code/"];
        let first = Codes::load(site.path());
        let drawn: Vec<String> = urls.iter().map(|u| first.svg(u, "code").expect("fits")).collect();
        first.save(site.path());
        let second = Codes::load(site.path());
        assert_eq!(second.known.len(), 2);
        assert_eq!(second.svg(urls[0], "code").as_ref(), Some(&drawn[0]), "the saved mask is the one chosen");
        second.save(site.path());
        let third = Codes::load(site.path());
        assert_eq!(third.known.keys().collect::<Vec<_>>(), [&urls[0].to_string()], "an address no longer used is dropped");
        assert_eq!(decode(&third.svg(urls[0], "code").expect("fits")), urls[0]);
    }

    #[test]
    fn an_unreadable_cache_is_an_empty_one() {
        let site = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(site.path().join(".wedid-cache")).expect("mkdir");
        std::fs::write(site.path().join(CACHE), "{not json").expect("write");
        assert!(Codes::load(site.path()).known.is_empty());
        std::fs::write(site.path().join(CACHE), r#"{"format":1,"masks":{"https://x.example/":9}}"#).expect("write");
        assert!(Codes::load(site.path()).known.is_empty(), "no mask 9");
    }
}
