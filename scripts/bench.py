"""Benchmark of `thidua ingest`: build a corpus, ingest it, print the figures.

    python scripts/bench.py [--plans 2000] [--small 200] [--pages 20] [--work out/bench]

The corpus is made by varying the shared seed plans and the sample plans in
``corpora/samples``: the province (name in the header and body), the
document number and the dates are substituted, so every plan is distinct
bytes and goes through the whole extraction. Scanned pages are rendered from
the same texts with Pillow and written as PNG.

Measured, each run as a real ``thidua ingest`` subprocess on a fresh store:
documents/s and MB/s for the text path with 1 and 2 workers, peak memory
(the ingest process and its workers, summed RSS sampled every 50 ms) for
``--small`` and ``--plans`` plans, the store size, and OCR pages/s against
Tesseract's own time on the same pages.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("THIDUA_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
SAMPLES = ROOT / "corpora" / "samples"
PROVINCES = ROOT / "extractors" / "data" / "provinces.csv"

_VN_DATE = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
_NUM_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(20\d{2})\b")
_NUMBER = re.compile(r"(Số:?\s*)(\d{1,4})")


def _provinces() -> list[str]:
    with PROVINCES.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [row["name"] for row in rows]


def _sources() -> list[tuple[str, str | None]]:
    """(text, province name it mentions) of every seed and sample plan."""
    out: list[tuple[str, str | None]] = []
    for seed in sorted(SEEDS.glob("*.txt")):
        gold = GOLD / f"{seed.stem}.json"
        province = None
        if gold.is_file():
            province = (
                json.loads(gold.read_text(encoding="utf-8"))["document"].get("province") or {}
            ).get("name")
        out.append((seed.read_text(encoding="utf-8"), province))
    for sample in sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []:
        out.append((sample.read_text(encoding="utf-8"), None))
    return out


def vary(text: str, province: str | None, rng: random.Random, provinces: list[str]) -> str:
    """One variant of a plan: another province, number and dates."""
    if province:
        other = rng.choice([p for p in provinces if p != province])
        text = text.replace(province, other).replace(province.upper(), other.upper())
    text = _NUMBER.sub(lambda m: f"{m.group(1)}{rng.randint(1, 999):02d}", text)
    year = rng.choice((2019, 2020, 2021, 2022, 2023))
    text = _VN_DATE.sub(
        lambda m: f"ngày {rng.randint(1, 28):02d} tháng {m.group(2)} năm {year}", text
    )
    return _NUM_DATE.sub(lambda m: f"{rng.randint(1, 28)}/{m.group(2)}/{m.group(3)}", text)


def build_corpus(out: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` distinct text plans into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = _sources()
    provinces = _provinces()
    paths = []
    for i in range(n):
        text, province = sources[i % len(sources)]
        path = out / f"plan-{i:05d}.txt"
        path.write_text(vary(text, province, rng, provinces), encoding="utf-8")
        paths.append(path)
    return paths


def build_scans(out: Path, pages: int, seed: int = 0) -> list[Path]:
    """Render ``pages`` A4 pages of plan text at 300 dpi as one-page PNG scans."""
    from PIL import Image, ImageDraw, ImageFont

    out.mkdir(parents=True, exist_ok=True)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    rng = random.Random(seed)
    sources, provinces = _sources(), _provinces()
    paths = []
    for i in range(pages):
        text, province = sources[i % len(sources)]
        lines = [ln for ln in vary(text, province, rng, provinces).splitlines() if ln.strip()]
        image = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(image)
        y = 200
        for line in lines[:80]:
            for k in range(0, len(line), 85):
                draw.text((200, y), line[k : k + 85], font=font, fill=0)
                y += 58
                if y > 3300:
                    break
            if y > 3300:
                break
        path = out / f"scan-{i:03d}.png"
        image.save(path)
        paths.append(path)
    return paths
