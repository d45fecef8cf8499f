#!/usr/bin/env python3
"""Writes N deterministic stand-ins for phone photos, for timing the image pipeline.

    python3 bench/gen_photos.py DIR --count 200

Each is a 4032x3024 JPEG (a 12-megapixel phone camera) at quality 92, about 3-5 MB like a
real photo: smooth areas of colour (sky, walls), mid-sized texture and fine sensor noise, so
the encoder cannot shrink it to nothing and the decoder and resizer do a photo's work. One in
four is a portrait held sideways: stored landscape with the EXIF orientation tag 6, as phones
do, so the build must turn it. Needs Pillow and NumPy (bench/photos.sh installs them in a
venv). The same arguments always give the same files.
"""
import argparse
import os

import numpy as np
from PIL import Image

WIDTH, HEIGHT = 4032, 3024
ORIENTATION = 0x0112  # the EXIF tag phones use for "turn me when shown"


def upscaled(rng, cells_x, cells_y, channels):
    """Random values on a coarse grid, smoothly enlarged to the photo's size."""
    coarse = rng.integers(0, 256, (cells_y, cells_x, channels), dtype=np.uint8)
    mode = "RGB" if channels == 3 else "L"
    image = Image.fromarray(coarse if channels == 3 else coarse[:, :, 0], mode)
    return np.asarray(image.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC), dtype=np.float32)


def photo(seed):
    rng = np.random.default_rng(seed)
    picture = upscaled(rng, int(rng.integers(3, 9)), int(rng.integers(2, 7)), 3)
    texture = upscaled(rng, 504, 378, 1) - 128.0
    picture += texture[:, :, None] * (0.15 + 0.1 * rng.random())
    picture += rng.normal(0.0, 5.0, (HEIGHT, WIDTH, 1)).astype(np.float32)
    return Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8), "RGB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    for i in range(args.count):
        exif = Image.Exif()
        exif[ORIENTATION] = 6 if i % 4 == 3 else 1
        path = os.path.join(args.dir, f"photo-{i:03}.jpg")
        photo(i).save(path, "JPEG", quality=92, exif=exif.tobytes())


if __name__ == "__main__":
    main()
