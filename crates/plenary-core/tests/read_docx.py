"""Reads a .docx file with python-docx, independently of the Rust code that
wrote it, and prints what tests/docx_export.rs checks, as JSON:

- "title": the text of the first paragraph in the Title style, or null;
- "paragraphs": every body paragraph in order, with its style name, its
  text (a line break read as a newline), the text of its bold and its
  italic runs, and how many page breaks it holds;
- "footer_page_field": whether a section's footer holds a PAGE field
  (a w:fldSimple whose instruction is PAGE, or a w:instrText starting PAGE).

Usage: python read_docx.py FILE.docx
"""

import json
import sys

import docx
from docx.oxml.ns import qn


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


def main(path):
    document = docx.Document(path)
    paragraphs = [
        {
            "style": paragraph.style.name if paragraph.style is not None else None,
            "text": paragraph.text,
            "bold": [run.text for run in paragraph.runs if run.bold],
            "italic": [run.text for run in paragraph.runs if run.italic],
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
    json.dump(
        {"title": title, "paragraphs": paragraphs, "footer_page_field": footer_page_field},
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
