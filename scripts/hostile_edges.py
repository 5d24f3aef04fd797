"""Generate the edge cases of issue 15 (deterministic): names, sniffing, stray bytes, bombs.

    python scripts/hostile_edges.py OUT_DIR

Every file but ``ordinary-plan.txt`` is hostile in one way; the text ones are
the same real plan with one change, so each should be stored (with a warning
where it says so) or fail with a reason — never stop the batch:

* names: not UTF-8 (``bad_\\xff.txt``, a Windows-1258 name), an escape sequence
  and a newline, a bidi override;
* sniffing: a plan beginning ``BM01-TĐKT``, one quoting ``%PDF-1.4`` in its
  first KB, one beginning with a typed ``{\\rtf1``, one holding a literal ``<p>``;
* one stray 0x80 byte at offset 5,000 of a UTF-8 plan;
* cells a spreadsheet would run (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``);
* a PNG claiming 225 megapixels; the 157-byte RTF that runs LibreOffice away.
"""

from __future__ import annotations

import argparse
import os
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpora" / "samples" / "da-nang_ubnd_ke-hoach-thi-dua-2024.txt"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _bomb_png(side: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    body = _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\0" * 4096))
    return b"\x89PNG\r\n\x1a\n" + body + _chunk(b"IEND", b"")


def files(plan: str) -> dict[bytes, bytes]:
    """File name (bytes) → content."""
    utf8 = plan.encode("utf-8")
    lines = plan.split("\n")
    formula = "\n".join([*lines[:8], '=HYPERLINK("http://x.example","y")', *lines[8:]])
    formula = formula.replace("Căn cứ", "=cmd|' /C calc'!A0 Căn cứ", 1)
    return {
        b"ordinary-plan.txt": utf8,
        b"bad_\xff.txt": utf8,
        "kế hoạch".encode("cp1258", "replace") + b" ho\xe0.txt": utf8,
        b"\x1b[31mred\nthidua: 0 of 9 file(s) failed.txt": utf8,
        "evil\u202etxt.exe".encode(): utf8,
        b"form-code.txt": "BM01-TĐKT\n".encode() + utf8,
        b"pdf-quoted.txt": "Bản chuyển từ tệp %PDF-1.4 gốc.\n".encode() + utf8,
        b"rtf-typed.txt": b"{\\rtf1 " + utf8,
        b"literal-p.txt": (plan[:1500] + "\nGhi theo mẫu <p> số 3.\n" + plan[1500:]).encode(),
        b"stray-byte.txt": utf8[:5000] + b"\x80" + utf8[5000:],
        b"formulas.txt": formula.encode("utf-8"),
        b"bomb-225mp.png": _bomb_png(15_000),
        b"runaway.rtf": b"{\\rtf1 {\\pict\\pngblip\\picw60000\\pich60000\\bin999999999 x}}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files(PLAN.read_text(encoding="utf-8")).items():
        with open(os.path.join(os.fsencode(out), name), "wb") as fh:
            fh.write(data)


if __name__ == "__main__":
    main()
