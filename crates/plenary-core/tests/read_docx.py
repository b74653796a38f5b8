"""Reads a .docx file with python-docx, independently of the Rust code that
wrote it, and prints what tests/docx_export.rs checks, as JSON:

- "title": the text of the first paragraph in the Title style, or null;
- "paragraphs": every body paragraph in order, with its style name, its
  text (a line break read as a newline), the text of its bold and its
  italic runs, and how many page breaks it holds;
- "footer_page_field": whether a section's footer holds a PAGE field
  (a w:fldSimple whose instruction is PAGE, or a w:instrText starting PAGE);
- each paragraph's "bidi" (its properties hold w:bidi), and for each of its
  runs "langs" (the attributes of the run's w:lang: val, eastAsia, bidi)
  and "rtl" (the run holds w:rtl);
- "default_lang" and "default_fonts": the attributes of w:lang and
  w:rFonts in the document's default run properties (styles.xml);
- "fonts": each font of the font table with its w:altName, or null.
- "properties": the core properties: "author", "title", and "created" and
  "modified" as ISO 8601 times (null when absent).

Usage: python read_docx.py FILE.docx
"""

import json
import sys

import docx
from docx.oxml.ns import qn
from lxml import etree


def has_page_field(footer):
    """True when the footer's XML holds a PAGE field, simple or complex."""
    if footer.is_linked_to_previous:
        return False
    element = footer._element
    for simple in element.iter(qn("w:fldSimple")):
        if simple.get(qn("w:instr"), "").split()[:1] == ["PAGE"]:
            return True
    for instruction in element.iter(qn("w:instrText")):
        if (instruction.text or "").split()[:1] == ["PAGE"]:
            return True
    return False


def attributes(element):
    """An element's attributes by their local names, or None."""
    if element is None:
        return None
    return {name.split("}")[-1]: value for name, value in element.attrib.items()}


def paragraph_language(paragraph):
    """The bidi flag of a paragraph and the language of each of its runs."""
    properties = paragraph._p.pPr
    runs = paragraph._p.findall(qn("w:r"))
    return {
        "bidi": properties is not None and properties.find(qn("w:bidi")) is not None,
        "langs": [attributes(run.find(qn("w:rPr") + "/" + qn("w:lang"))) for run in runs],
        "rtl": [run.find(qn("w:rPr") + "/" + qn("w:rtl")) is not None for run in runs],
    }


def defaults(document):
    """The default run properties' w:lang and w:rFonts attributes."""
    styles = document.styles.element
    run_defaults = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if run_defaults is None:
        return None, None
    return attributes(run_defaults.find(qn("w:lang"))), attributes(run_defaults.find(qn("w:rFonts")))


def font_table(document):
    """Each font the font table names, with its alternative name."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            root = etree.fromstring(part.blob)
            return {
                font.get(qn("w:name")): (font.find(qn("w:altName")).get(qn("w:val"))
                                         if font.find(qn("w:altName")) is not None else None)
                for font in root.findall(qn("w:font"))
            }
    return {}


def main(path):
    document = docx.Document(path)
    paragraphs = [
        {
            "style": paragraph.style.name if paragraph.style is not None else None,
            "text": paragraph.text,
            "bold": [run.text for run in paragraph.runs if run.bold],
            "italic": [run.text for run in paragraph.runs if run.italic],
            **paragraph_language(paragraph),
            "page_breaks": sum(
                1
                for br in paragraph._element.iter(qn("w:br"))
                if br.get(qn("w:type")) == "page"
            ),
        }
        for paragraph in document.paragraphs
    ]
    title = next((p["text"] for p in paragraphs if p["style"] == "Title"), None)
    footer_page_field = any(has_page_field(section.footer) for section in document.sections)
    default_lang, default_fonts = defaults(document)
    core = document.core_properties
    properties = {
        "author": core.author,
        "title": core.title,
        "created": core.created.isoformat() if core.created else None,
        "modified": core.modified.isoformat() if core.modified else None,
    }
    json.dump(
        {
            "title": title,
            "paragraphs": paragraphs,
            "footer_page_field": footer_page_field,
            "default_lang": default_lang,
            "default_fonts": default_fonts,
            "fonts": font_table(document),
            "properties": properties,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
