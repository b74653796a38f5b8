"""Reads a TBX file with Python's own XML parser (xml.etree), independently
of Plenary's reader, and prints its concept entries as JSON: each entry's
id, subject field, and terms with their language, text, administrative
status and note, in document order. Used by tests/termbase.rs."""

import json
import sys
import xml.etree.ElementTree as ET

NS = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def text_of(element):
    return None if element is None else (element.text or "")


def main(path):
    root = ET.parse(path).getroot()
    assert root.tag == NS + "tbx", root.tag
    assert root.get("type") == "TBX-Basic", root.get("type")
    entries = []
    for entry in root.iter(NS + "conceptEntry"):
        subject = None
        for descrip in entry.findall(NS + "descrip"):
            if descrip.get("type") == "subjectField":
                subject = descrip.text or ""
        terms = []
        for lang_sec in entry.findall(NS + "langSec"):
            for term_sec in lang_sec.findall(NS + "termSec"):
                status = None
                for note in term_sec.findall(NS + "termNote"):
                    if note.get("type") == "administrativeStatus":
                        status = note.text
                terms.append({
                    "language": lang_sec.get(XML_LANG),
                    "text": text_of(term_sec.find(NS + "term")),
                    "status": status,
                    "note": text_of(term_sec.find(NS + "note")),
                })
        entries.append({"id": entry.get("id"), "subject": subject, "terms": terms})
    json.dump(entries, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
