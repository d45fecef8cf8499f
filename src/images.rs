//! Responsive images: the only user of the `image` and `fast_image_resize` crates.
//!
//! A photo from a phone is 3-5 MB at 4000 px; a reader on a phone needs a few hundred pixels.
//! Each raster image in `content/media/` is resized once to [`WIDTHS`] (never larger than it
//! is), so pages can offer a `srcset` and state `width` and `height` (no layout shift). The
//! resized files are kept in the site's [`CACHE`] folder, named by the hash of the source's
//! bytes and of these settings, so a rebuild reuses them and an edited photo is redone.
//!
//! Formats browsers cannot show (HEIC from an iPhone, TIFF, camera RAW) are errors that say
//! how to save the picture as JPEG, because the alternative is a broken image on the site.

use crate::diagnostics::{Diagnostic, Diagnostics};
use fast_image_resize::images::Image as Pixels;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The widths made of each image, in pixels: a small phone, a large phone, a tablet or the
/// content column on a desktop, and a high-density desktop screen.
pub const WIDTHS: [u32; 4] = [320, 640, 960, 1600];

/// Marks a file still being written (`<name>.tmp<pid>-<n>`), which `prune` leaves alone.
const TMP: &str = "tmp";

/// JPEG quality of the resized files: no visible loss at these sizes, a tenth of the bytes.
const JPEG_QUALITY: u8 = 80;

/// Where resized images are kept between builds, relative to the site. The walker never reads
/// it (its name starts with a dot), and it is not part of the output.
pub const CACHE: &str = ".wedid-cache/images";

/// Raster formats wedid resizes. SVG needs no resizing and GIF may be animated: both are
/// published as they are.
const RESIZED: [(&str, ImageFormat); 4] =
    [("jpg", ImageFormat::Jpeg), ("jpeg", ImageFormat::Jpeg), ("png", ImageFormat::Png), ("webp", ImageFormat::WebP)];

/// Picture formats that browsers cannot show, by extension, with their everyday name.
const UNSHOWABLE: [(&str, &str); 10] = [
    ("heic", "HEIC (the iPhone's photo format)"),
    ("heif", "HEIF (the iPhone's photo format)"),
    ("tif", "TIFF"),
    ("tiff", "TIFF"),
    ("bmp", "BMP"),
    ("psd", "Photoshop"),
    ("raw", "camera RAW"),
    ("dng", "camera RAW"),
    ("cr2", "camera RAW"),
    ("nef", "camera RAW"),
];

const SAVE_AS_JPEG: &str = "open it and save or export it as JPEG (on an iPhone, share the photo and choose \"Save as JPEG\", \
    or set Settings > Camera > Formats to \"Most Compatible\"); then put the .jpg in content/media/ instead";

/// One resized copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// Relative to the site root: the cached file, copied into the output as it is.
    pub file: PathBuf,
    /// Relative to the output root, `/`-separated: `media/photos/cafe-640w.jpg`.
    pub path: String,
}

/// A raster image with its size (after the camera's rotation) and its resized copies,
/// smallest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub variants: Vec<Variant>,
}

impl Images {
    /// Every resized copy of every picture.
    pub fn variants(&self) -> impl Iterator<Item = &Variant> {
        self.pictures.values().flat_map(|p| &p.variants)
    }
}

impl Picture {
    /// The `srcset` value: each variant's address (with the site's base path) and width.
    pub fn srcset(&self, base_path: &str) -> String {
        self.variants.iter().map(|v| format!("{base_path}{} {}w", v.path, v.width)).collect::<Vec<_>>().join(", ")
    }
}

/// Every raster image of the site, keyed by its path under `content/` (`media/cafe.jpg`, as
/// content refers to it).
#[derive(Debug, Default)]
pub struct Images {
    pub pictures: BTreeMap<String, Picture>,
}

/// Reads every image in `media` (paths relative to `site`), refusing the formats browsers
/// cannot show, and makes (or finds in the cache) its resized copies.
pub fn prepare(site: &Path, media: &[PathBuf], diagnostics: &mut Diagnostics) -> Images {
    let results: Vec<_> = media.par_iter().filter_map(|m| picture(site, m).transpose().map(|r| (m, r))).collect();
    let mut images = Images::default();
    for (m, result) in results {
        match result {
            Ok(p) => {
                images.pictures.insert(content_path(m), p);
            }
            Err(d) => diagnostics.push(*d),
        }
    }
    prune(site, &images);
    images
}

/// Removes cached files no picture of this build uses (a replaced or deleted photo), so the
/// cache holds one site's worth. Best effort: a file that cannot be removed costs only space.
fn prune(site: &Path, images: &Images) {
    let used: std::collections::BTreeSet<PathBuf> =
        images.pictures.values().flat_map(|p| &p.variants).flat_map(|v| [v.file.clone(), manifest(key_of(&v.file))]).collect();
    let Ok(entries) = std::fs::read_dir(site.join(CACHE)) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let in_progress = name.to_string_lossy().contains(&format!(".{TMP}"));
        if !in_progress && !used.contains(&Path::new(CACHE).join(&name)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The cache key a variant's file is named by (`<key>-<width>.<ext>`).
fn key_of(file: &Path) -> &str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name.split('-').next().unwrap_or_default()
}

/// `content/media/x.jpg` → `media/x.jpg`.
fn content_path(media: &Path) -> String {
    let s = media.to_string_lossy().replace('\\', "/");
    s.strip_prefix("content/").unwrap_or(&s).to_string()
}

fn extension(media: &Path) -> String {
    media.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase()
}

/// `Ok(None)` for files that are not resized (SVG, GIF, documents).
fn picture(site: &Path, media: &Path) -> Result<Option<Picture>, Box<Diagnostic>> {
    let ext = extension(media);
    if let Some((_, name)) = UNSHOWABLE.iter().find(|(e, _)| *e == ext) {
        return Err(Box::new(
            Diagnostic::error("image-format", media, format!("this picture is in {name} format, which web browsers cannot show"))
                .hint(SAVE_AS_JPEG),
        ));
    }
    let Some(&(_, format)) = RESIZED.iter().find(|(e, _)| *e == ext) else { return Ok(None) };
    let unreadable = |err: String| {
        Box::new(
            Diagnostic::error("image-format", media, format!("this picture could not be read as {}: {err}", ext.to_uppercase()))
                .hint(format!("it may be damaged, or another format with the wrong extension; {SAVE_AS_JPEG}")),
        )
    };
    let bytes = std::fs::read(site.join(media)).map_err(|e| unreadable(e.to_string()))?;
    if is_heif(&bytes) {
        return Err(Box::new(
            Diagnostic::error("image-format", media, "this picture is really in HEIC format (the iPhone's), whatever its extension says")
                .hint(SAVE_AS_JPEG),
        ));
    }
    let key = cache_key(&bytes);
    if let Some(p) = cached(site, &key, media) {
        return Ok(Some(p));
    }
    let image = decode(&bytes, format).map_err(|e| unreadable(e.to_string()))?;
    resize(image, format, site, &key, media).map(Some).map_err(|e| {
        Box::new(
            Diagnostic::error("image-cache", media, format!("could not keep the resized copies of this picture: {e:#}"))
                .hint(format!("check that wedid may write to the {CACHE} folder of the site")),
        )
    })
}

/// HEIC and HEIF files start with an `ftyp` box naming a HEIF brand.
fn is_heif(bytes: &[u8]) -> bool {
    bytes.len() >= 12
        && &bytes[4..8] == b"ftyp"
        && [&b"heic"[..], b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"].contains(&&bytes[8..12])
}

/// The hash of the source and of every setting that changes the output.
fn cache_key(bytes: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(format!("wedid-images-2 {WIDTHS:?} q{JPEG_QUALITY}\n"));
    hash.update(bytes);
    hash.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Decodes and turns the picture the way the camera was held (phones store that as a tag).
fn decode(bytes: &[u8], format: ImageFormat) -> image::ImageResult<DynamicImage> {
    let mut decoder = ImageReader::with_format(Cursor::new(bytes), format).into_decoder()?;
    let orientation = decoder.orientation()?;
    let mut image = DynamicImage::from_decoder(decoder)?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// The widths to make for an image this wide: each of [`WIDTHS`] below it, and its own width
/// when that is below the largest, so a small picture is never enlarged.
fn widths_for(width: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < width).collect();
    if width <= WIDTHS[WIDTHS.len() - 1] || widths.is_empty() {
        widths.push(width);
    }
    widths
}

/// The manifest of a cached picture (its size, then one line per variant), relative to the site.
fn manifest(key: &str) -> PathBuf {
    Path::new(CACHE).join(format!("{key}.txt"))
}

fn variant_file(key: &str, width: u32, ext: &str) -> PathBuf {
    Path::new(CACHE).join(format!("{key}-{width}.{ext}"))
}

/// `media/photos/cafe.jpg` at 640 px → `media/photos/cafe-640w.jpg`.
fn variant_path(media: &Path, width: u32, ext: &str) -> String {
    let under = content_path(media);
    let stem = under.rsplit_once('.').map_or(under.as_str(), |(s, _)| s);
    format!("{stem}-{width}w.{ext}")
}

/// PNG and WebP keep transparency as PNG; photos become JPEG.
fn output_ext(format: ImageFormat) -> &'static str {
    if format == ImageFormat::Jpeg {
        "jpg"
    } else {
        "png"
    }
}

fn cached(site: &Path, key: &str, media: &Path) -> Option<Picture> {
    let text = std::fs::read_to_string(site.join(manifest(key))).ok()?;
    let mut lines = text.lines().map(|l| -> Option<(u32, u32, String)> {
        let mut parts = l.split(' ');
        Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next().unwrap_or_default().to_string()))
    });
    let (width, height, _) = lines.next()??;
    let mut variants = Vec::new();
    for line in lines {
        let (w, h, ext) = line?;
        let file = variant_file(key, w, &ext);
        if !site.join(&file).is_file() {
            return None;
        }
        variants.push(Variant { width: w, height: h, file, path: variant_path(media, w, &ext) });
    }
    Some(Picture { width, height, variants })
}

/// Makes each variant from the next larger one (much faster than from the original each
/// time, and as sharp), writes them and then the manifest, so a build stopped half-way
/// leaves no manifest and is redone. The resizing is `fast_image_resize`'s Lanczos3 with SIMD:
/// the `image` crate's own took three fifths of the CPU time of a build of 200 phone photos.
fn resize(image: DynamicImage, format: ImageFormat, site: &Path, key: &str, media: &Path) -> anyhow::Result<Picture> {
    std::fs::create_dir_all(site.join(CACHE))?;
    let (width, height) = (image.width(), image.height());
    let ext = output_ext(format);
    // Photos are resized as RGB; a PNG or WebP with transparency as RGBA (weighted by its alpha).
    let (pixels, pixel_type, colour) = if ext == "png" && image.color().has_alpha() {
        (image.into_rgba8().into_raw(), PixelType::U8x4, ExtendedColorType::Rgba8)
    } else {
        (image.into_rgb8().into_raw(), PixelType::U8x3, ExtendedColorType::Rgb8)
    };
    let mut source = Pixels::from_vec_u8(width, height, pixels, pixel_type)?;
    let mut resizer = Resizer::new();
    let lanczos = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    let mut variants = Vec::new();
    for &w in widths_for(width).iter().rev() {
        let h = ((u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width)).max(1) as u32;
        if w != source.width() {
            let mut smaller = Pixels::new(w, h, pixel_type);
            resizer.resize(&source, &mut smaller, &lanczos)?;
            source = smaller;
        }
        let file = variant_file(key, w, ext);
        write_atomically(&site.join(&file), &encode(source.buffer(), (w, h), colour, ext)?)?;
        variants.push(Variant { width: w, height: h, file, path: variant_path(media, w, ext) });
    }
    variants.reverse();
    let mut text = format!("{width} {height}\n");
    for v in &variants {
        text.push_str(&format!("{} {} {ext}\n", v.width, v.height));
    }
    write_atomically(&site.join(manifest(key)), text.as_bytes())?;
    Ok(Picture { width, height, variants })
}

fn encode(pixels: &[u8], (width, height): (u32, u32), colour: ExtendedColorType, ext: &str) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    if ext == "jpg" {
        JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).write_image(pixels, width, height, colour)?;
    } else {
        PngEncoder::new(&mut out).write_image(pixels, width, height, colour)?;
    }
    Ok(out)
}

/// Writes beside the target and renames, so a reader never sees half a file. The temporary
/// name is unique to this write, as two builds of one site (or `serve` and `build`) may make
/// the same file at once.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = path.with_extension(format!("{TMP}{}-{n}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_pictures_are_never_enlarged() {
        assert_eq!(widths_for(4032), vec![320, 640, 960, 1600]);
        assert_eq!(widths_for(1600), vec![320, 640, 960, 1600]);
        assert_eq!(widths_for(800), vec![320, 640, 800]);
        assert_eq!(widths_for(200), vec![200]);
    }

    #[test]
    fn variants_sit_beside_their_source_in_the_output() {
        assert_eq!(variant_path(Path::new("content/media/photos/cafe.jpeg"), 640, "jpg"), "media/photos/cafe-640w.jpg");
    }

    #[test]
    fn a_transparent_png_stays_transparent_at_every_width() {
        let site = tempfile::tempdir().unwrap();
        // Opaque blue on the left half, fully transparent red on the right.
        let (blue, clear) = (image::Rgba([10, 120, 200, 255]), image::Rgba([200, 30, 30, 0]));
        let picture = image::RgbaImage::from_fn(2000, 1000, |x, _| if x < 1000 { blue } else { clear });
        let made =
            resize(DynamicImage::ImageRgba8(picture), ImageFormat::Png, site.path(), "k", Path::new("content/media/map.png")).unwrap();
        let sizes: Vec<_> = made.variants.iter().map(|v| (v.width, v.height)).collect();
        assert_eq!(sizes, vec![(320, 160), (640, 320), (960, 480), (1600, 800)]);
        for v in &made.variants {
            let small = image::open(site.path().join(&v.file)).unwrap().to_rgba8();
            assert_eq!(small.get_pixel(0, 0).0, [10, 120, 200, 255], "{}", v.path);
            assert_eq!(small.get_pixel(v.width - 1, v.height - 1).0[3], 0, "{}", v.path);
        }
    }

    #[test]
    fn heif_is_recognised_by_its_bytes() {
        assert!(is_heif(b"\0\0\0\x18ftypheic\0\0\0\0"));
        assert!(!is_heif(b"\xff\xd8\xff\xe0\0\x10JFIF\0"));
    }
}
