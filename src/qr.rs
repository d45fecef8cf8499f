//! QR codes for printed posters: the only user of the `qrcode` crate.
//!
//! A poster on a ward noticeboard can only send people to the web through a long address
//! they must type, or a code they can scan. The code is inline SVG: sharp at any print size,
//! no extra file, and no request to another site.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of light margin around the code, as the standard asks, so a scanner finds its edge
/// on a busy noticeboard.
const QUIET_ZONE: i32 = 4;
/// Printed size of one module in CSS pixels when no style sets the width.
const MODULE_PX: i32 = 8;

/// The code for `url` as an `<svg>` element labelled for screen readers, or `None` when the
/// address is too long for a QR code (thousands of characters).
///
/// Error correction "M" (15%) survives a crease or a pin through the paper and keeps the
/// code small enough to scan from a poster; the encoder raises it when that costs no size.
/// The mask is chosen by the standard's penalty rules, as phones expect.
pub fn svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::encode_text(url, QrCodeEcc::Medium).ok()?;
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
            svg.push_str(&format!("M{} {}h{}v1H{}z", start + QUIET_ZONE, y + QUIET_ZONE, x - start, start + QUIET_ZONE));
        }
    }
    svg.push_str("\"/></svg>");
    Some(svg)
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
        let svg = svg(url, "QR code: children's services").expect("fits");
        assert_eq!(decode(&svg), url);
    }

    #[test]
    fn the_code_is_an_inline_element_labelled_for_screen_readers() {
        let svg = svg("https://x.example/", "QR code for \"x\"").expect("fits");
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"QR code for &quot;x&quot;\" class=\"qr-code\" xmlns="), "{svg}");
        assert!(!svg.contains("<?xml") && svg.ends_with("</svg>"), "{svg}");
    }

    #[test]
    fn an_address_too_long_for_a_code_gives_none() {
        assert!(svg(&"x".repeat(5000), "too long").is_none());
    }
}
