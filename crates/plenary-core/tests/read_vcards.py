"""Reads a vCard file with vobject, an independent parser, and prints each
card's formatted name, email, phone, organization, title and note as JSON,
for tests/contacts.rs."""

import json
import sys

import vobject


def first(card, name):
    """The value of the card's first property of that name, or None."""
    found = card.contents.get(name)
    return found[0].value if found else None


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    cards = []
    for card in vobject.readComponents(text):
        org = first(card, "org")
        cards.append(
            {
                "fn": first(card, "fn"),
                "family": card.n.value.family if "n" in card.contents else None,
                "email": first(card, "email"),
                "tel": first(card, "tel"),
                "org": ";".join(org) if org else None,
                "org_parts": len(org) if org else 0,
                "title": first(card, "title"),
                "note": first(card, "note"),
                "categories": first(card, "categories"),
            }
        )
    json.dump(cards, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
