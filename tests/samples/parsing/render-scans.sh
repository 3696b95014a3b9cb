#!/usr/bin/env bash
# render.sh - turn plain-text meeting minutes (pages separated by \f) into
# "scanned" image-only PDFs for OCR testing.
#
# Usage:  bash render.sh [INPUT_DIR ...]
#         default: the .txt files beside this script
# Output: <name>.scanned.pdf beside this script   (OUT_DIR=... to change)
# Env:    HARD=1 makes a hard scan, <name>.hard.pdf: 150 dpi, rotation 0.8-1.6 deg, blur 0x0.8, noise 0.6, JPEG q60
#
# Needs: real ImageMagick 6 (`apt-get install imagemagick`; /usr/local/bin/convert on
# this machine is only a stand-in), python3 (stdlib only), poppler-utils for the checks,
# fonts-dejavu-core.
#
# Per page:
#   1. layout (python): each line is cut into segments at runs of >=2 spaces (and
#      leading spaces); a segment starting at character column c is drawn at
#      x = left_margin + c * colw, where colw = the document's average proportional
#      character width, so indents and columns stay aligned as in a real document
#      while the text itself is set in proportional DejaVu Sans. Every '|' (ASCII table
#      rule) is a segment of its own. If a segment would collide with the one before
#      it, it is pushed right, and so is every segment starting at that column on the
#      page (tab-stop like), so columns stay aligned. Font 11 pt; if the densest page
#      does not fit, blank lines shrink (to 0.45 line) and then the font shrinks.
#   2. ImageMagick draws the segments (-annotate) on a 1654x2339 (A4 @ 200 dpi) white
#      canvas, then "scans" it: random rotation 0.3-0.8 deg (random sign), a small
#      random shift, blur 0x0.6, Gaussian noise (attenuate 0.3), slight contrast
#      squeeze (paper not pure white, toner not pure black), grayscale, JPEG q80.
#   3. python wraps the JPEGs as-is (DCTDecode, one image per page, no text, no
#      fonts) into a PDF with A4 MediaBox; ImageMagick's own PDF writer is disabled
#      by Debian's /etc/ImageMagick-6/policy.xml and would need Ghostscript anyway.
#
# Randomness is seeded from the file name and page number, so reruns are identical.
set -euo pipefail

OUT_DIR=${OUT_DIR:-"$(cd "$(dirname "$0")" && pwd)"}
CONVERT=${CONVERT:-/usr/bin/convert}
FONT=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}

if ! "$CONVERT" -version 2>/dev/null | grep -q ImageMagick; then
  echo "render.sh: real ImageMagick not found at $CONVERT (apt-get install imagemagick)" >&2
  exit 1
fi

if [ $# -eq 0 ]; then
  set --
  set -- "$(cd "$(dirname "$0")" && pwd)"
fi

mkdir -p "$OUT_DIR"
export OUT_DIR CONVERT FONT

python3 - "$@" <<'PY'
import glob, hashlib, os, random, re, shutil, struct, subprocess, sys, tempfile

OUT_DIR = os.environ["OUT_DIR"]
CONVERT = os.environ["CONVERT"]
FONT = os.environ["FONT"]

HARD = os.environ.get("HARD") == "1"     # a hard scan: 150 dpi, more skew, blur and noise, JPEG q60
DPI = 150 if HARD else 200
W, H = (1240, 1754) if HARD else (1654, 2339)  # A4 at 150 or 200 dpi
PX_PER_CM = DPI / 2.54
ML = MR = MT = round(2.0 * PX_PER_CM)  # 2 cm left/right/top (157 px)
MB = round(1.5 * PX_PER_CM)            # 1.5 cm bottom (118 px)
PT = DPI / 72.0                        # pixels per point
MAX_PT, MIN_PT = 11.0, 7.0             # font size: 11 pt unless the page does not fit
LINE = 1.12                            # line pitch in em
MIN_BLANK = 0.45                       # blank lines may shrink to this fraction of a line
ASCENT = 0.93                          # DejaVu Sans ascent in em (baseline offset)


# ---------- font metrics (advance widths) straight from the TTF ----------
def ttf_advances(path):
    data = open(path, "rb").read()
    num = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(num):
        tag, _, off, ln = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        tables[tag.decode("latin-1")] = (off, ln)
    upem = struct.unpack(">H", data[tables["head"][0] + 18: tables["head"][0] + 20])[0]
    nhm = struct.unpack(">H", data[tables["hhea"][0] + 34: tables["hhea"][0] + 36])[0]
    hoff = tables["hmtx"][0]
    adv = [struct.unpack(">H", data[hoff + 4 * i: hoff + 4 * i + 2])[0] for i in range(nhm)]
    coff = tables["cmap"][0]
    n = struct.unpack(">H", data[coff + 2: coff + 4])[0]
    cmap = {}
    for i in range(n):
        pid, eid, off = struct.unpack(">HHI", data[coff + 4 + 8 * i: coff + 12 + 8 * i])
        sub = coff + off
        if struct.unpack(">H", data[sub: sub + 2])[0] != 4 or cmap:
            continue
        segx2 = struct.unpack(">H", data[sub + 6: sub + 8])[0]
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, data[sub + 14: sub + 14 + segx2])
        starts = struct.unpack(">%dH" % seg, data[sub + 16 + segx2: sub + 16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % seg, data[sub + 16 + 2 * segx2: sub + 16 + 3 * segx2])
        roff_at = sub + 16 + 3 * segx2
        roffs = struct.unpack(">%dH" % seg, data[roff_at: roff_at + segx2])
        for s in range(seg):
            for c in range(starts[s], ends[s] + 1):
                if c == 0xFFFF:
                    continue
                if roffs[s] == 0:
                    g = (c + deltas[s]) & 0xFFFF
                else:
                    a = roff_at + 2 * s + roffs[s] + 2 * (c - starts[s])
                    g = struct.unpack(">H", data[a: a + 2])[0]
                    if g:
                        g = (g + deltas[s]) & 0xFFFF
                cmap[c] = g
    def width(ch):
        g = cmap.get(ord(ch), 0)
        return adv[min(g, nhm - 1)] / upem
    return width, cmap


WIDTH, CMAP = ttf_advances(FONT)


def text_w(s):  # width in em (kerning ignored)
    return sum(WIDTH(c) for c in s)


# ---------- reading and segmenting ----------
# words joined by single spaces form a segment; >=2 spaces split segments, and every '|'
# (ASCII table rule) is a segment of its own so table columns can be lined up
SEG = re.compile(r"\||[^\s|]+(?: [^\s|]+)*")


def read_pages(path):
    t = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    pages = t.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()                    # trailing form feed: no extra blank sheet
    out = []
    for p in pages:
        lines = p.split("\n")
        while lines and not lines[-1].strip():
            lines.pop()                # blank lines at the bottom take no room
        out.append([[(m.start(), m.group()) for m in SEG.finditer(l.expandtabs(8))] for l in lines])
    return out


def layout(pages, em_px, blank_frac, colw):
    """-> (fits, [[(x, y, text)]]) positions in px, y = baseline.

    A segment starting at character column c goes to x = ML + c*colw. If the text before
    it is too wide, it is pushed right, and so is every other segment on the page that
    starts at the same column (like a tab stop), so columns and table rules stay aligned."""
    placed, fits = [], True
    space = WIDTH(" ") * em_px
    for lines in pages:
        colx = {}
        for _ in range(50):
            items, y, need, page_fits = [], MT, {}, True
            for segs in lines:
                if not segs:
                    y += LINE * em_px * blank_frac
                    continue
                prev_end = prev = None
                for col, s in segs:
                    x = max(ML + col * colw, colx.get(col, 0))
                    if prev_end is not None:
                        gap = space if "|" in (s, prev) else 2 * space
                        x = max(x, prev_end + gap)
                    need[col] = max(need.get(col, 0), x)
                    items.append((x, y + ASCENT * em_px, s))
                    prev_end, prev = x + text_w(s) * em_px, s
                    if prev_end > W - MR + 0.5 * PX_PER_CM:   # may run 0.5 cm into the margin
                        page_fits = False
                y += LINE * em_px
            if y > H - MB:
                page_fits = False
            grown = {c: x for c, x in need.items() if x > colx.get(c, ML + c * colw) + 0.5}
            if not grown:
                break
            colx.update(grown)
        fits = fits and page_fits
        placed.append(items)
    return fits, placed


def choose(pages):
    segtext = "".join(s for lines in pages for segs in lines for _, s in segs)
    k = text_w(segtext) / max(1, len(segtext))      # mean char width of this document, em
    pt = MAX_PT
    while True:
        em = pt * PT
        for bf in [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, MIN_BLANK]:
            ok, placed = layout(pages, em, bf, k * em)
            if ok:
                return pt, bf, k, placed
        if pt <= MIN_PT:
            return pt, bf, k, placed   # does not fit even at MIN_PT; draw anyway
        pt = max(MIN_PT, pt - 0.25)


def im_escape(s):
    s = s.replace("\\", "\\\\").replace("%", "%%")
    if s.startswith("@"):
        s = "\\" + s
    return s


# ---------- PDF from JPEGs (no re-encoding) ----------
def jpeg_info(b):
    i = 2
    while i < len(b):
        if b[i] != 0xFF:
            i += 1
            continue
        m = b[i + 1]
        if m in (0xD8, 0x01) or 0xD0 <= m <= 0xD7:
            i += 2
            continue
        ln = struct.unpack(">H", b[i + 2: i + 4])[0]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", b[i + 5: i + 9])
            return w, h, b[i + 9]
        i += 2 + ln
    raise ValueError("no SOF in JPEG")


def write_pdf(jpegs, out):
    pw, ph = 595.276, 841.89
    objs = []                                   # index 0 -> object 1
    def add(o):
        objs.append(o)
        return len(objs)
    cat = add(None)
    pages = add(None)
    kids = []
    for j in jpegs:
        b = open(j, "rb").read()
        w, h, nc = jpeg_info(b)
        cs = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}[nc]
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                  % (w, h, cs.encode(), len(b)) + b + b"\nendstream")
        c = b"q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (pw, ph)
        cont = add(b"<< /Length %d >>\nstream\n" % len(c) + c + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.3f %.3f] "
                        b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages, pw, ph, img, cont)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>"
                       % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
    info = add(b"<< /Producer (render.sh scan simulator) /Creator (flatbed scan) >>")
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
    open(tmp, "wb").write(buf)
    os.replace(tmp, out)


# ---------- main ----------
inputs = []
for d in sys.argv[1:]:
    inputs += sorted(glob.glob(os.path.join(d, "*.txt"))) if os.path.isdir(d) else [d]
seen = {}
for f in inputs:
    name = os.path.splitext(os.path.basename(f))[0]
    if name in seen:
        print("WARNING: %s and %s give the same output name; the later one wins" % (seen[name], f))
    seen[name] = f

for f in inputs:
    name = os.path.splitext(os.path.basename(f))[0]
    pages = read_pages(f)
    missing = sorted({c for lines in pages for segs in lines for _, s in segs for c in s
                      if ord(c) not in CMAP})
    if missing:
        print("WARNING: %s: font has no glyph for %r" % (f, "".join(missing)))
    pt, bf, k, placed = choose(pages)
    em = pt * PT
    work = tempfile.mkdtemp(prefix="scan-" + name + "-")
    jpegs, angles = [], []
    for pno, items in enumerate(placed, 1):
        seed = int(hashlib.sha256(("%s/%d" % (name, pno)).encode()).hexdigest()[:8], 16)
        rnd = random.Random(seed)
        angle = rnd.choice([-1, 1]) * (rnd.uniform(0.8, 1.6) if HARD else rnd.uniform(0.3, 0.8))
        dx, dy = rnd.randint(-12, 12), rnd.randint(-12, 12)
        angles.append(angle)
        cmd = [CONVERT, "-size", "%dx%d" % (W, H), "xc:white",
               "-font", FONT, "-pointsize", "%.2f" % pt, "-density", str(DPI), "-fill", "black"]
        # -pointsize with -density 200 => pt * 200/72 px em
        for x, y, s in items:
            cmd += ["-annotate", "+%d+%d" % (round(x), round(y)), im_escape(s)]
        jpg = os.path.join(work, "page-%03d.jpg" % pno)
        cmd += ["-background", "white", "-rotate", "%.3f" % angle,
                "-gravity", "center", "-extent", "%dx%d%+d%+d" % (W, H, dx, dy), "+gravity",
                "-blur", "0x0.8" if HARD else "0x0.6",
                "-seed", str(seed % 100000), "-attenuate", "0.6" if HARD else "0.3", "+noise", "Gaussian",
                "-colorspace", "Gray", "+level", "6%,95%",
                "-type", "Grayscale", "-units", "PixelsPerInch", "-density", str(DPI),
                "-sampling-factor", "1x1", "-quality", "60" if HARD else "80", jpg]
        subprocess.run(cmd, check=True)
        jpegs.append(jpg)
    out = os.path.join(OUT_DIR, name + (".hard.pdf" if HARD else ".scanned.pdf"))
    write_pdf(jpegs, out)
    shutil.rmtree(work)
    print("%s -> %s  pages=%d font=%.2fpt blank-line-height=%.2f colw=%.3fem angles=%s"
          % (f, out, len(jpegs), pt, bf, k, " ".join("%+.2f" % a for a in angles)))
PY

# checks: one image per page, no fonts / text layer
shopt -s nullglob
for pdf in "$OUT_DIR"/*.scanned.pdf "$OUT_DIR"/*.hard.pdf; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
  imgs=$(pdfimages -list "$pdf" | awk 'NR>2' | wc -l)
  perpage=$(pdfimages -list "$pdf" | awk 'NR>2{print $1}' | sort | uniq -c | awk '$1!=1' | wc -l)
  fonts=$(pdffonts "$pdf" | awk 'NR>2' | wc -l)
  text=$(pdftotext "$pdf" - 2>/dev/null | tr -d '[:space:]\f' | wc -c)
  status=OK
  if [ "$imgs" -ne "$pages" ] || [ "$perpage" -ne 0 ] || [ "$fonts" -ne 0 ] || [ "$text" -ne 0 ]; then status=BAD; fi
  echo "check $(basename "$pdf"): pages=$pages images=$imgs fonts=$fonts text_chars=$text $status"
done
