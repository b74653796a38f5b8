"""Reads an iCalendar file with the icalendar package, an independent
parser, and prints its calendar properties and each event's UID, summary,
first and last day, sequence, stamp and status as JSON, for
tests/calendar.rs."""

import json
import sys
from datetime import date, datetime, timedelta

import icalendar


def day(value):
    """An all-day value as YYYY-MM-DD; anything else is an error."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError(f"not an all-day date: {value!r}")
    return value.isoformat()


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        events.append(
            {
                "uid": str(event["UID"]),
                "summary": str(event["SUMMARY"]),
                "first_day": day(start),
                "last_day": day(end - timedelta(days=1)),
                "sequence": int(event["SEQUENCE"]),
                "stamp": event.decoded("DTSTAMP").isoformat(),
                "status": str(event.get("STATUS", "")),
                "location": str(event.get("LOCATION", "")),
                "description": str(event.get("DESCRIPTION", "")),
            }
        )
    json.dump(
        {
            "version": str(calendar["VERSION"]),
            "prodid": str(calendar["PRODID"]),
            "events": events,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main(sys.argv[1])
