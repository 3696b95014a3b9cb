#!/usr/bin/env bash
# render-pdfs.sh - turn plain-text meeting minutes (pages separated by \f) into
# born-digital PDFs: a real text layer in standard Helvetica, like a PDF exported
# from a word processor. Companion of render-scans.sh (same layout, no images).
#
# Usage:  bash render-pdfs.sh [OUT_DIR] [TXT_OR_DIR ...]
#         OUT_DIR  where <name>.pdf go (default: beside this script); a first argument
#                  that ends in .txt is taken as an input, not as OUT_DIR
#         inputs   .txt files or directories of them (default: the .txt beside this script)
# Env:    BOLD_HEADINGS=0 sets item headings ("§ 3 ...", "2 ...", "4. ...") in regular
#         weight too (default 1: Helvetica-Bold).
#         MAX_PT=11 largest font size tried (points). Note: above 10.79 pt a Helvetica space
#         is wider than 3 pt, and `pdftotext -fixed 3` then places every word on its own and
#         glues short words to the next one ("till en" -> "tillen"); MAX_PT=10.5 avoids that.
#
# Needs: python3 (stdlib only); poppler-utils (pdfinfo, pdffonts, pdftotext) for the checks.
#
# Layout (as render-scans.sh, in PDF points):
#   each line is cut into segments at runs of >=2 spaces (and leading spaces); a segment
#   starting at character column c goes to x = left_margin + c * colw, where colw is the
#   document's average Helvetica character width, so indents and columns stay aligned while
#   the text is proportional. Every '|' (ASCII table rule) is a segment of its own. If a
#   segment would collide with the one before it, it is pushed right, and so is every
#   segment starting at that column on the page (tab-stop like). A4, margins 2 cm (bottom
#   1.5 cm), 11 pt (MAX_PT); if the densest page does not fit, blank lines shrink (to 0.45 line) and
#   then the font shrinks (0.25 pt steps, down to 7 pt) - one size for the whole document.
#
# PDF: written by hand. Fonts are the non-embedded standard Type1 Helvetica (and
#   Helvetica-Bold) with /WinAnsiEncoding, so å ä ö Å Ä Ö é – • § » · work as single bytes;
#   other letters from Helvetica's standard 315-glyph set (ć č ł ő ś ż ... − ≤ ≥ ≠) are added
#   through /Differences on unused codes, and anything else becomes '?' (with a warning).
#   Widths come from the Helvetica AFM metrics (table below), and /Widths is written.
#   One text object (BT ... ET) per segment, positioned with Td.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
OUT_DIR="$HERE"
if [ $# -gt 0 ] && [[ "$1" != *.txt ]]; then
  OUT_DIR="$1"
  shift
fi
if [ $# -eq 0 ]; then
  set -- "$HERE"
fi
BOLD_HEADINGS=${BOLD_HEADINGS:-1}
MAX_PT=${MAX_PT:-11}

mkdir -p "$OUT_DIR"
export OUT_DIR BOLD_HEADINGS MAX_PT

LIST=$(mktemp)
trap 'rm -f "$LIST"' EXIT

python3 - "$LIST" "$@" <<'PY'
import glob, os, re, sys, unicodedata

OUT_DIR = os.environ["OUT_DIR"]
BOLD_HEADINGS = os.environ.get("BOLD_HEADINGS", "1") != "0"

# ---------- Helvetica metrics (Adobe core-14 AFM values, 1/1000 em) ----------
WIN_R = [  # widths of WinAnsi codes 32..255 (0 = undefined)
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
]
EXTRA_R = {'Amacron': 667, 'amacron': 556, 'Abreve': 667, 'abreve': 556, 'Aogonek': 667, 'aogonek': 556, 'Cacute': 722, 'cacute': 500, 'Ccaron': 722, 'ccaron': 500, 'Dcaron': 722, 'dcaron': 643, 'Dcroat': 722, 'dcroat': 556, 'Emacron': 667, 'emacron': 556, 'Edotaccent': 667, 'edotaccent': 556, 'Eogonek': 667, 'eogonek': 556, 'Ecaron': 667, 'ecaron': 556, 'Gbreve': 778, 'gbreve': 556, 'Gcommaaccent': 778, 'gcommaaccent': 556, 'Imacron': 278, 'imacron': 278, 'Iogonek': 278, 'iogonek': 222, 'Idotaccent': 278, 'dotlessi': 278, 'Kcommaaccent': 667, 'kcommaaccent': 500, 'Lacute': 556, 'lacute': 222, 'Lcommaaccent': 556, 'lcommaaccent': 222, 'Lcaron': 556, 'lcaron': 299, 'Lslash': 556, 'lslash': 222, 'Nacute': 722, 'nacute': 556, 'Ncommaaccent': 722, 'ncommaaccent': 556, 'Ncaron': 722, 'ncaron': 556, 'Omacron': 778, 'omacron': 556, 'Ohungarumlaut': 778, 'ohungarumlaut': 556, 'Racute': 722, 'racute': 333, 'Rcommaaccent': 722, 'rcommaaccent': 333, 'Rcaron': 722, 'rcaron': 333, 'Sacute': 667, 'sacute': 500, 'Scedilla': 667, 'scedilla': 500, 'Tcommaaccent': 611, 'tcommaaccent': 278, 'Tcaron': 611, 'tcaron': 317, 'Umacron': 722, 'umacron': 556, 'Uring': 722, 'uring': 556, 'Uhungarumlaut': 722, 'uhungarumlaut': 556, 'Uogonek': 722, 'uogonek': 556, 'Zacute': 611, 'zacute': 500, 'Zdotaccent': 611, 'zdotaccent': 500, 'Scommaaccent': 667, 'scommaaccent': 500, 'minus': 584, 'notequal': 549, 'lessequal': 549, 'greaterequal': 549}
WIN_B = [  # widths of WinAnsi codes 32..255 (0 = undefined)
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
]
EXTRA_B = {'Amacron': 722, 'amacron': 556, 'Abreve': 722, 'abreve': 556, 'Aogonek': 722, 'aogonek': 556, 'Cacute': 722, 'cacute': 556, 'Ccaron': 722, 'ccaron': 556, 'Dcaron': 722, 'dcaron': 743, 'Dcroat': 722, 'dcroat': 611, 'Emacron': 667, 'emacron': 556, 'Edotaccent': 667, 'edotaccent': 556, 'Eogonek': 667, 'eogonek': 556, 'Ecaron': 667, 'ecaron': 556, 'Gbreve': 778, 'gbreve': 611, 'Gcommaaccent': 778, 'gcommaaccent': 611, 'Imacron': 278, 'imacron': 278, 'Iogonek': 278, 'iogonek': 278, 'Idotaccent': 278, 'dotlessi': 278, 'Kcommaaccent': 722, 'kcommaaccent': 556, 'Lacute': 611, 'lacute': 278, 'Lcommaaccent': 611, 'lcommaaccent': 278, 'Lcaron': 611, 'lcaron': 400, 'Lslash': 611, 'lslash': 278, 'Nacute': 722, 'nacute': 611, 'Ncommaaccent': 722, 'ncommaaccent': 611, 'Ncaron': 722, 'ncaron': 611, 'Omacron': 778, 'omacron': 611, 'Ohungarumlaut': 778, 'ohungarumlaut': 611, 'Racute': 722, 'racute': 389, 'Rcommaaccent': 722, 'rcommaaccent': 389, 'Rcaron': 722, 'rcaron': 389, 'Sacute': 667, 'sacute': 556, 'Scedilla': 667, 'scedilla': 556, 'Tcommaaccent': 611, 'tcommaaccent': 333, 'Tcaron': 611, 'tcaron': 389, 'Umacron': 722, 'umacron': 611, 'Uring': 722, 'uring': 611, 'Uhungarumlaut': 722, 'uhungarumlaut': 611, 'Uogonek': 722, 'uogonek': 611, 'Zacute': 611, 'zacute': 500, 'Zdotaccent': 611, 'zdotaccent': 500, 'Scommaaccent': 667, 'scommaaccent': 556, 'minus': 584, 'notequal': 549, 'lessequal': 549, 'greaterequal': 549}
EXTRA = {'Ā': 'Amacron', 'ā': 'amacron', 'Ă': 'Abreve', 'ă': 'abreve', 'Ą': 'Aogonek', 'ą': 'aogonek', 'Ć': 'Cacute', 'ć': 'cacute', 'Č': 'Ccaron', 'č': 'ccaron', 'Ď': 'Dcaron', 'ď': 'dcaron', 'Đ': 'Dcroat', 'đ': 'dcroat', 'Ē': 'Emacron', 'ē': 'emacron', 'Ė': 'Edotaccent', 'ė': 'edotaccent', 'Ę': 'Eogonek', 'ę': 'eogonek', 'Ě': 'Ecaron', 'ě': 'ecaron', 'Ğ': 'Gbreve', 'ğ': 'gbreve', 'Ģ': 'Gcommaaccent', 'ģ': 'gcommaaccent', 'Ī': 'Imacron', 'ī': 'imacron', 'Į': 'Iogonek', 'į': 'iogonek', 'İ': 'Idotaccent', 'ı': 'dotlessi', 'Ķ': 'Kcommaaccent', 'ķ': 'kcommaaccent', 'Ĺ': 'Lacute', 'ĺ': 'lacute', 'Ļ': 'Lcommaaccent', 'ļ': 'lcommaaccent', 'Ľ': 'Lcaron', 'ľ': 'lcaron', 'Ł': 'Lslash', 'ł': 'lslash', 'Ń': 'Nacute', 'ń': 'nacute', 'Ņ': 'Ncommaaccent', 'ņ': 'ncommaaccent', 'Ň': 'Ncaron', 'ň': 'ncaron', 'Ō': 'Omacron', 'ō': 'omacron', 'Ő': 'Ohungarumlaut', 'ő': 'ohungarumlaut', 'Ŕ': 'Racute', 'ŕ': 'racute', 'Ŗ': 'Rcommaaccent', 'ŗ': 'rcommaaccent', 'Ř': 'Rcaron', 'ř': 'rcaron', 'Ś': 'Sacute', 'ś': 'sacute', 'Ş': 'Scedilla', 'ş': 'scedilla', 'Ţ': 'Tcommaaccent', 'ţ': 'tcommaaccent', 'Ť': 'Tcaron', 'ť': 'tcaron', 'Ū': 'Umacron', 'ū': 'umacron', 'Ů': 'Uring', 'ů': 'uring', 'Ű': 'Uhungarumlaut', 'ű': 'uhungarumlaut', 'Ų': 'Uogonek', 'ų': 'uogonek', 'Ź': 'Zacute', 'ź': 'zacute', 'Ż': 'Zdotaccent', 'ż': 'zdotaccent', 'Ș': 'Scommaaccent', 'ș': 'scommaaccent', 'Ț': 'Tcommaaccent', 'ț': 'tcommaaccent', '−': 'minus', '≠': 'notequal', '≤': 'lessequal', '≥': 'greaterequal'}

PW, PH = 595.276, 841.89               # A4 in points
CM = 72 / 2.54
ML = MR = MT = 2.0 * CM                # 2 cm left/right/top
MB = 1.5 * CM                          # 1.5 cm bottom
MAX_PT = float(os.environ.get("MAX_PT", "11"))   # font size: 11 pt unless the page does not fit
MIN_PT = min(7.0, MAX_PT)
LINE = 1.15                            # line pitch in em
MIN_BLANK = 0.45                       # blank lines may shrink to this fraction of a line
ASCENT = 0.718                         # Helvetica ascender (em): top of line -> baseline

WIN_CODES = {}                         # unicode char -> WinAnsi byte (cp1252 minus holes)
for b in range(32, 256):
    try:
        ch = bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        continue
    if b != 127:
        WIN_CODES[ch] = b
WIN_CODES["\u00a0"] = 0xA0
FREE_CODES = [0x81, 0x8D, 0x8F, 0x90, 0x9D] + list(range(1, 32))   # for /Differences


class Enc:
    """Per-document byte encoding: WinAnsi plus /Differences for extra Helvetica glyphs."""
    def __init__(self):
        self.extra = {}                # char -> code
        self.missing = set()

    def code(self, ch):
        if ch in WIN_CODES:
            return WIN_CODES[ch]
        if ch in EXTRA:
            if ch not in self.extra:
                if len(self.extra) >= len(FREE_CODES):
                    self.missing.add(ch)
                    return 0x3F
                self.extra[ch] = FREE_CODES[len(self.extra)]
            return self.extra[ch]
        self.missing.add(ch)
        return 0x3F                    # '?'

    def encode(self, s):
        return bytes(self.code(c) for c in s)

    def width(self, code, bold):
        win, ext = (WIN_B, EXTRA_B) if bold else (WIN_R, EXTRA_R)
        for ch, c in self.extra.items():
            if c == code:
                return ext[EXTRA[ch]]
        if code in (0x81, 0x8D, 0x8F, 0x90, 0x9D) or code < 32:
            return 0
        return win[code - 32]


def char_w(ch, bold):
    """width in em of one character as it will be set."""
    win, ext = (WIN_B, EXTRA_B) if bold else (WIN_R, EXTRA_R)
    if ch in WIN_CODES:
        return win[WIN_CODES[ch] - 32] / 1000
    if ch in EXTRA:
        return ext[EXTRA[ch]] / 1000
    return win[0x3F - 32] / 1000


def text_w(s, bold=False):
    return sum(char_w(c, bold) for c in s)


# ---------- reading and segmenting (as render-scans.sh) ----------
SEG = re.compile(r"\||[^\s|]+(?: [^\s|]+)*")
# item headings: "§ 3 Rubrik", "2 Rubrik", "4. Rubrik", "3.2 Rubrik" on an unindented line, the
# title either run on or in a column of its own ("§ 40    Rubrik"); nothing else on the line
HEADING = re.compile(r"^(§ ?\d+[a-z]?|\d{1,2}(?:\.\d{1,2})*\.?)\s+[A-ZÅÄÖÉ\"'«»(]")
HEADNUM = re.compile(r"^(§ ?\d+[a-z]?|\d{1,2}(?:\.\d{1,2})*\.?)$")


def read_pages(path):
    t = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    t = unicodedata.normalize("NFC", t)
    pages = t.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()                    # trailing form feed: no extra blank sheet
    out = []
    for p in pages:
        lines = p.split("\n")
        while lines and not lines[-1].strip():
            lines.pop()                # blank lines at the bottom take no room
        page = []
        for l in lines:
            l = l.expandtabs(8)
            segs = [(m.start(), m.group()) for m in SEG.finditer(l)]
            bold = BOLD_HEADINGS and segs and segs[0][0] == 0 and len(l.strip()) <= 90 and (
                (len(segs) == 1 and bool(HEADING.match(segs[0][1])))          # "2 Rubrik"
                or (len(segs) == 2 and bool(HEADNUM.match(segs[0][1]))        # "§ 40    Rubrik"
                    and bool(HEADING.match("1 " + segs[1][1]))))
            page.append((segs, bold))
        out.append(page)
    return out


def layout(pages, pt, blank_frac, colw):
    """-> (fits, [[(x, y_top_baseline, text, bold)]]) in points from the top-left corner."""
    placed, fits = [], True
    space = text_w(" ") * pt
    for lines in pages:
        colx = {}
        for _ in range(50):
            items, y, need, page_fits = [], MT, {}, True
            for segs, bold in lines:
                if not segs:
                    y += LINE * pt * blank_frac
                    continue
                prev_end = prev = None
                for col, s in segs:
                    x = max(ML + col * colw, colx.get(col, 0))
                    if prev_end is not None:
                        gap = space if "|" in (s, prev) else 2 * space
                        x = max(x, prev_end + gap)
                    need[col] = max(need.get(col, 0), x)
                    items.append((x, y + ASCENT * pt, s, bold))
                    prev_end, prev = x + text_w(s, bold) * pt, s
                    if prev_end > PW - MR + 0.5 * CM:     # may run 0.5 cm into the margin
                        page_fits = False
                y += LINE * pt
            if y > PH - MB:
                page_fits = False
            grown = {c: x for c, x in need.items() if x > colx.get(c, ML + c * colw) + 0.01}
            if not grown:
                break
            colx.update(grown)
        fits = fits and page_fits
        placed.append(items)
    return fits, placed


def choose(pages):
    segtext = "".join(s for lines in pages for segs, _ in lines for _, s in segs)
    k = text_w(segtext) / max(1, len(segtext))       # mean char width of this document, em
    pt = MAX_PT
    while True:
        for bf in [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, MIN_BLANK]:
            ok, placed = layout(pages, pt, bf, k * pt)
            if ok:
                return pt, bf, k, placed, True
        if pt <= MIN_PT:
            return pt, bf, k, placed, False         # does not fit even at MIN_PT; draw anyway
        pt = max(MIN_PT, pt - 0.25)


# ---------- PDF writer ----------
def pdf_str(b):
    out = bytearray(b"(")
    for c in b:
        if c in b"()\\":
            out += b"\\" + bytes([c])
        elif 32 <= c < 127:
            out.append(c)
        else:
            out += b"\\%03o" % c
    return bytes(out) + b")"


def fnum(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return (s if s not in ("-0", "") else "0").encode()


def write_pdf(placed, pt, enc, out, title):
    objs = []                                         # index 0 -> object 1
    def add(o):
        objs.append(o)
        return len(objs)
    cat = add(None)
    pages_obj = add(None)
    diffs = b""
    if enc.extra:
        diffs = b" /Differences [" + b" ".join(
            b"%d /%s" % (c, EXTRA[ch].encode()) for ch, c in sorted(enc.extra.items(), key=lambda kv: kv[1])) + b"]"
    encoding = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding" + diffs + b" >>")
    fonts = {}
    for key, base, bold in [(b"F1", b"Helvetica", False), (b"F2", b"Helvetica-Bold", True)]:
        widths = b" ".join(b"%d" % enc.width(c, bold) for c in range(1, 256))
        fonts[key] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding %d 0 R "
                         b"/FirstChar 1 /LastChar 255 /Widths [%s] >>" % (base, encoding, widths))
    used_bold = any(b for items in placed for *_, b in items)
    res = b"<< /Font << /F1 %d 0 R%s >> /ProcSet [/PDF /Text] >>" % (
        fonts[b"F1"], b" /F2 %d 0 R" % fonts[b"F2"] if used_bold else b"")
    if not used_bold:
        objs[fonts[b"F2"] - 1] = b"null"              # keep numbering simple; unused
    resources = add(res)
    kids = []
    size = fnum(pt)
    for items in placed:
        ops = []
        for x, ytop, s, bold in items:
            ops.append(b"BT /%s %s Tf %s %s Td %s Tj ET" % (
                b"F2" if bold else b"F1", size, fnum(x), fnum(PH - ytop), pdf_str(enc.encode(s))))
        c = b"\n".join(ops) + b"\n"
        cont = add(b"<< /Length %d >>\nstream\n" % len(c) + c + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] "
                        b"/Resources %d 0 R /Contents %d 0 R >>"
                        % (pages_obj, fnum(PW), fnum(PH), resources, cont)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>"
                           % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
    t = title.encode("utf-16-be")
    info = add(b"<< /Title <feff%s> /Producer (render-pdfs.sh) /Creator (render-pdfs.sh) >>"
               % t.hex().encode())
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    x = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    buf += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, x))
    tmp = out + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(buf)
    os.replace(tmp, out)


# ---------- main ----------
listfile = sys.argv[1]
inputs = []
for d in sys.argv[2:]:
    inputs += sorted(glob.glob(os.path.join(d, "*.txt"))) if os.path.isdir(d) else [d]
if not inputs:
    sys.exit("render-pdfs.sh: no .txt inputs")
seen = {}
for f in inputs:
    name = os.path.splitext(os.path.basename(f))[0]
    if name in seen:
        print("WARNING: %s and %s give the same output name; the later one wins" % (seen[name], f))
    seen[name] = f

with open(listfile, "w") as lst:
    for f in inputs:
        name = os.path.splitext(os.path.basename(f))[0]
        pages = read_pages(f)
        pt, bf, k, placed, fit = choose(pages)
        enc = Enc()
        for items in placed:                          # assign /Differences codes in reading order
            for *_, s, _b in items:
                enc.encode(s)
        if enc.missing:
            print("WARNING: %s: no Helvetica glyph for %s, set as '?'"
                  % (f, " ".join("%s(U+%04X)" % (c, ord(c)) for c in sorted(enc.missing))))
        if not fit:
            print("WARNING: %s: does not fit on A4 even at %.2f pt" % (f, pt))
        out = os.path.join(OUT_DIR, name + ".pdf")
        write_pdf(placed, pt, enc, out, name)
        nbold = sum(1 for items in placed for *_, b in items if b)
        print("%s -> %s  pages=%d font=%.2fpt blank-line-height=%.2f colw=%.3fem bold-headings=%d extra-glyphs=%s"
              % (f, out, len(placed), pt, bf, k, nbold, "".join(sorted(enc.extra)) or "-"))
        lst.write("%s\t%s\t%d\n" % (f, out, len(placed)))
PY

# checks: page count = form-feed pages, Helvetica fonts, a text layer that reads back
status_all=0
while IFS=$'\t' read -r txt pdf npages; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
  fonts=$(pdffonts "$pdf" | awk 'NR>2{print $1}' | sort -u | paste -sd, -)
  text=$(pdftotext -fixed 3 -enc UTF-8 "$pdf" - 2>/dev/null | tr -d '[:space:]\f' | wc -m)
  src=$(tr -d '[:space:]\f' < "$txt" | wc -m)
  status=OK
  if [ "$pages" -ne "$npages" ] || [[ "$fonts" != Helvetica* ]] || [ "$text" -eq 0 ]; then
    status=BAD; status_all=1
  fi
  echo "check $(basename "$pdf"): pages=$pages (txt $npages) fonts=$fonts text_chars=$text (txt $src) $status"
done < "$LIST"
exit $status_all
