"""Writes one face of an OpenType collection (.ttc) as a TrueType font (.ttf) with quadratic outlines.

Chromium embeds fonts with CFF outlines, which all of Debian's Noto CJK faces have, as Type 3
bitmaps-of-paths without names; TrueType outlines it embeds as named CID fonts. fontTools (Debian's
python3-fonttools) reads the collection and converts the cubic CFF outlines with cu2qu, as its
otf2ttf snippet does.

With --common it writes, from such a TrueType face, the subset the printer tries first: the
characters of GB 2312 with Latin, Greek, and the punctuation, symbols and fullwidth forms of Chinese
text, under the family name "<family> Common" (the PostScript name stays that of the face). Chromium
copies every face a document uses, whole, into each print job; a face of 9,000 glyphs instead of
65,535 makes printing much cheaper, and a character outside the subset still comes from the whole
face, which print.css names next.

Usage: python3 cjk-fonts.py <collection.ttc> <family name> <out.ttf>
       python3 cjk-fonts.py --common <face.ttf> <family name> <out.ttf>
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

# Conversion tolerance in font units (1000 per em): far below what print can show.
MAX_ERROR = 1.0


def face_named(collection_path, family):
    collection = TTCollection(collection_path)
    for font in collection.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    names = ", ".join(str(font["name"].getDebugName(1)) for font in collection.fonts)
    sys.exit(f"{collection_path}: no face named {family!r} (it has {names})")


def to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.compile(font)

    # 65,535 CID glyph names do not fit a format 2 'post' table; format 3 keeps none.
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\000\001\000\000"


# Beside GB 2312: Latin-1 and Latin Extended-A/B, Greek, general punctuation, superscripts,
# letterlike symbols, number forms, arrows, mathematical operators, technical symbols, enclosed
# numbers, box drawing and shapes, CJK symbols and punctuation, fullwidth forms.
COMMON_RANGES = [(0x20, 0x250), (0x370, 0x400), (0x2000, 0x2070), (0x2070, 0x20A0), (0x2100, 0x2400),
                 (0x2460, 0x2700), (0x3000, 0x3040), (0xFE30, 0xFE50), (0xFF00, 0xFFF0)]


def common_characters():
    chars = set()
    for start, end in COMMON_RANGES:
        chars.update(range(start, end))
    for code in range(0x80, 0x10000):
        try:
            chr(code).encode("gb2312")
            chars.add(code)
        except UnicodeEncodeError:
            pass
    return chars


def write_common(face_path, family, out_path):
    font = TTFont(face_path)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    # Baseline table kept as it is (fontTools drops it by default): layout must not move.
    options.drop_tables = [table for table in options.drop_tables if table != "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=common_characters())
    subsetter.subset(font)
    common = f"{family} Common"
    names = font["name"]
    for record in names.names:
        # Family (1, 16), full name (4) and unique id (3): fontconfig matches the family, so the
        # subset is a family of its own; the PostScript name (6), which the PDF shows, is kept.
        if record.nameID in (1, 16):
            record.string = common
        elif record.nameID in (3, 4):
            record.string = str(record.toUnicode()).replace(family, common)
    font.save(out_path)


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--common":
        write_common(*sys.argv[2:])
        return
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    collection_path, family, out_path = sys.argv[1:]
    font = face_named(collection_path, family)
    to_truetype(font)
    font.save(out_path)


main()
