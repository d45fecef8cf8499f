//! QR codes for printed posters: the only user of the `qrcode` crate.
//!
//! A poster on a ward noticeboard can only send people to the web through a long address
//! they must type, or a code they can scan. The code is inline SVG: sharp at any print size,
//! no extra file, and no request to another site.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The code for `url` as an `<svg>` element labelled for screen readers, or `None` when the
/// address is too long for a QR code (thousands of characters).
///
/// Error correction "M" (15%) survives a crease or a pin through the paper and keeps the
/// code small enough to scan from a poster.
pub fn svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let xml = code.render::<svg::Color>().quiet_zone(true).build();
    let element = xml.split_once("?>").map_or(xml.as_str(), |(_, rest)| rest);
    let labelled = format!("<svg role=\"img\" aria-label=\"{}\" class=\"qr-code\"", escape(label));
    Some(element.replacen("<svg", &labelled, 1).replacen(" version=\"1.1\"", "", 1))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paints the SVG's one path (`M{x} {y}h{w}v{h}H{x}V{y}` per dark module) onto an image
    /// and decodes it, as a phone's camera would.
    fn decode(svg: &str) -> String {
        let size: u32 = svg.split("width=\"").nth(1).and_then(|s| s.split('"').next()).and_then(|s| s.parse().ok()).expect("width");
        let path = svg.split(" d=\"").nth(1).and_then(|s| s.split('"').next()).expect("path");
        const SCALE: u32 = 4;
        let mut img = image::GrayImage::from_pixel(size * SCALE, size * SCALE, image::Luma([255]));
        for rect in path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<u32> =
                rect.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(|n| n.parse().expect("number")).collect();
            let (x, y, w, h) = (nums[0], nums[1], nums[2], nums[3]);
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
