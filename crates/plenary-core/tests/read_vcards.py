"""Reads a vCard file with vobject, an independent parser, and prints each
card's formatted name, the family and given names of its N, its
organization, title, note and categories, and every email and phone with
its types, as JSON, for tests/contacts.rs and tests/contacts_import.rs."""

import json
import sys

import vobject


def first(card, name):
    """The value of the card's first property of that name, or None."""
    found = card.contents.get(name)
    return found[0].value if found else None


def typed(card, name):
    """Every property of that name, with its TYPE parameters."""
    return [
        {"value": p.value, "types": [t.upper() for t in p.params.get("TYPE", [])]}
        for p in card.contents.get(name, [])
    ]


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    cards = []
    for card in vobject.readComponents(text):
        org = first(card, "org")
        n = card.n.value if "n" in card.contents else None
        cards.append(
            {
                "fn": first(card, "fn"),
                "family": n.family if n else None,
                "given": n.given if n else None,
                "email": first(card, "email"),
                "emails": typed(card, "email"),
                "tel": first(card, "tel"),
                "tels": typed(card, "tel"),
                "org": ";".join(org) if org else None,
                "org_parts": len(org) if org else 0,
                "title": first(card, "title"),
                "note": first(card, "note"),
                "categories": first(card, "categories"),
                "rev": first(card, "rev"),
            }
        )
    json.dump(cards, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
