"""Writes one face of an OpenType collection (.ttc) as a TrueType font (.ttf) with quadratic outlines.

Chromium embeds fonts with CFF outlines, which all of Debian's Noto CJK faces have, as Type 3
bitmaps-of-paths without names; TrueType outlines it embeds as named CID fonts. fontTools (Debian's
python3-fonttools) reads the collection and converts the cubic CFF outlines with cu2qu, as its
otf2ttf snippet does.

Usage: python3 cjk-fonts.py <collection.ttc> <family name> <out.ttf>
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

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


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    collection_path, family, out_path = sys.argv[1:]
    font = face_named(collection_path, family)
    to_truetype(font)
    font.save(out_path)


main()
