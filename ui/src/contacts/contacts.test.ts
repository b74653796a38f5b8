import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import ContactDetail from "./ContactDetail.svelte";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactFilePreview } from "../lib/bindings/ContactFilePreview";
import type { ContactImportReport } from "../lib/bindings/ContactImportReport";
import type { ContactMapping } from "../lib/bindings/ContactMapping";
import {
  emptyForm,
  fieldsOf,
  formOf,
  formProblem,
  importRows,
  localToday,
  mappingColumns,
  stateLabel,
  statesOf,
  verifiedLabel,
} from "./contacts";

const contact: Contact = {
  id: 7,
  verification: "never",
  state_flag: null,
  updated_at: "2026-01-02T10:00:00Z",
  state: "Pakistan",
  poc_type: "technical",
  full_name: "Ayesha Khan",
  given_name: "Ayesha",
  family_name: "Khan",
  position: null,
  institution: "PTA",
  email: "ayesha@example.org",
  other_emails: "a.khan@example.pk",
  phone: "+92 51 000 0000 (work)",
  languages: "English, Urdu",
  time_zone: "UTC+5",
  notes: "Prefers <script>alert(1)</script> email",
  last_verified: null,
};

describe("the contact form", () => {
  it("turns blank fields into nulls and trims the rest", () => {
    const form = { ...emptyForm(), state: " France ", full_name: "Élise Durand", email: "  ", notes: "line 1\nline 2 " };
    const fields = fieldsOf(form);
    expect(fields.state).toBe("France");
    expect(fieldsOf({ ...form, state: " " }).state).toBeNull();
    expect(fields.full_name).toBe("Élise Durand");
    expect(fields.email).toBeNull();
    expect(fields.position).toBeNull();
    expect(fields.notes).toBe("line 1\nline 2");
    expect(fields.poc_type).toBe("diplomatic");
  });

  it("round-trips an entry through the form", () => {
    const fields = fieldsOf(formOf(contact));
    const { id: _id, verification: _verification, state_flag: _flag, updated_at: _updated, ...stored } = contact;
    expect(fields).toEqual(stored);
  });

  it("asks for the name before saving; the State may wait", () => {
    expect(formProblem(emptyForm())).toMatch(/name/);
    expect(formProblem({ ...emptyForm(), full_name: "Ana Pérez" })).toBeNull();
  });
});

describe("the directory's labels", () => {
  it("says when an entry was verified, that it is stale, or that it never was", () => {
    expect(verifiedLabel(contact)).toBe("Never verified");
    expect(verifiedLabel({ ...contact, last_verified: "2025-03-04", verification: "current" })).toBe("Verified 4 Mar 2025");
    expect(verifiedLabel({ ...contact, last_verified: "2024-03-04", verification: "stale" })).toBe("Verified 4 Mar 2024, stale");
  });

  it("names a missing or unknown State", () => {
    expect(stateLabel(contact)).toBe("Pakistan");
    expect(stateLabel({ ...contact, state: null, state_flag: "missing" })).toBe("No State");
    expect(stateLabel({ ...contact, state: "Kuba", state_flag: "unknown" })).toBe("Kuba (not in the States table)");
  });

  it("lists each State once, alphabetically, none left out", () => {
    const others = [{ ...contact, state: "Chile" }, contact, { ...contact, state: "Brazil" }, { ...contact, state: null }];
    expect(statesOf(others)).toEqual(["Brazil", "Chile", "Pakistan"]);
  });

  it("gives today's local date as YYYY-MM-DD", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});

describe("an import report", () => {
  it("lists every row not simply added, by row number", () => {
    const report: ContactImportReport = {
      file: "poc.csv",
      format: "csv",
      added: 17,
      without_state: 2,
      merged: [{ row: 9, name: "Ana Pérez", reason: "blanks filled in" }],
      duplicates: [{ row: 4, name: null, reason: "differs from the entry listed" }],
      rejected: [
        { row: 12, name: "Luis Soto", reason: "email: 'x@' is not an email address" },
        { row: 2, name: null, reason: "no name: map a column to the full name" },
      ],
    };
    expect(importRows(report).map((line) => [line.row, line.outcome, line.name])).toEqual([
      [2, "rejected", null],
      [4, "duplicate", null],
      [9, "merged", "Ana Pérez"],
      [12, "rejected", "Luis Soto"],
    ]);
  });
});

describe("an entry on screen", () => {
  it("shows markup in its notes as text", () => {
    const { body } = render(ContactDetail, { props: { contact, onedit: () => {} } });
    expect(body).toContain("Prefers &lt;script>alert(1)&lt;/script> email");
    expect(body).not.toContain("<script>alert(1)");
    expect(body).toContain("Never verified");
  });

  it("flags a stale entry and one without a State", () => {
    const stale = { ...contact, verification: "stale" as const, last_verified: "2024-01-01", state: null, state_flag: "missing" as const };
    const { body } = render(ContactDetail, { props: { contact: stale, onedit: () => {} } });
    expect(body).toContain("Stale");
    expect(body).toContain("No State");
  });
});

describe("the mapping step", () => {
  const preview: ContactFilePreview = {
    file: "google.csv",
    format: "csv",
    encoding: "UTF-8",
    headers: ["First Name", "Name Prefix", "Nickname", "E-mail 1 - Value"],
    rows: [
      ["Lucía", "", "", "l@example.cu"],
      ["Tomás", " ", "", ""],
    ],
    mapping: { columns: ["given_name", null, "notes", "email"], poc_type: null },
    mapped_by: "google",
    has_poc_type: false,
  };

  it("folds away the columns with no value and no field", () => {
    expect(mappingColumns(preview, preview.mapping, false)).toEqual({ shown: [0, 2, 3], hidden: 1 });
  });

  it("lists every column when asked", () => {
    expect(mappingColumns(preview, preview.mapping, true)).toEqual({ shown: [0, 1, 2, 3], hidden: 0 });
  });

  it("shows a column again once it is given a field", () => {
    const mapping = { ...preview.mapping, columns: ["given_name", "notes", null, "email"] as ContactMapping["columns"] };
    expect(mappingColumns(preview, mapping, false)).toEqual({ shown: [0, 1, 3], hidden: 1 });
  });
});
