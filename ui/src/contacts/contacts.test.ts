import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import ContactDetail from "./ContactDetail.svelte";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactImportReport } from "../lib/bindings/ContactImportReport";
import { emptyForm, fieldsOf, formOf, formProblem, importRows, localToday, statesOf, verifiedLabel } from "./contacts";

const contact: Contact = {
  id: 7,
  stale: true,
  updated_at: "2026-01-02T10:00:00Z",
  state: "Pakistan",
  poc_type: "technical",
  full_name: "Ayesha Khan",
  position: null,
  institution: "PTA",
  email: "ayesha@example.org",
  phone: null,
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
    expect(fields.full_name).toBe("Élise Durand");
    expect(fields.email).toBeNull();
    expect(fields.position).toBeNull();
    expect(fields.notes).toBe("line 1\nline 2");
    expect(fields.poc_type).toBe("diplomatic");
  });

  it("round-trips an entry through the form", () => {
    const fields = fieldsOf(formOf(contact));
    const { id: _id, stale: _stale, updated_at: _updated, ...stored } = contact;
    expect(fields).toEqual(stored);
  });

  it("asks for the State and the name before saving", () => {
    expect(formProblem(emptyForm())).toMatch(/State/);
    expect(formProblem({ ...emptyForm(), state: "Chile" })).toMatch(/name/);
    expect(formProblem({ ...emptyForm(), state: "Chile", full_name: "Ana Pérez" })).toBeNull();
  });
});

describe("the directory's labels", () => {
  it("says when an entry was verified, or that it never was", () => {
    expect(verifiedLabel(contact)).toBe("Never verified");
    expect(verifiedLabel({ ...contact, last_verified: "2025-03-04" })).toBe("Verified 4 Mar 2025");
  });

  it("lists each State once, alphabetically", () => {
    const others = [{ ...contact, state: "Chile" }, contact, { ...contact, state: "Brazil" }];
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
      added: 17,
      merged: [{ row: 9, reason: "blanks filled in" }],
      duplicates: [{ row: 4, reason: "differs from the entry listed" }],
      rejected: [
        { row: 12, reason: "email: 'x@' is not an email address" },
        { row: 2, reason: "state: missing" },
      ],
    };
    expect(importRows(report).map((line) => [line.row, line.outcome])).toEqual([
      [2, "rejected"],
      [4, "duplicate"],
      [9, "merged"],
      [12, "rejected"],
    ]);
  });
});

describe("an entry on screen", () => {
  it("shows markup in its notes as text", () => {
    const { body } = render(ContactDetail, { props: { contact, onedit: () => {} } });
    expect(body).toContain("Prefers &lt;script>alert(1)&lt;/script> email");
    expect(body).not.toContain("<script>alert(1)");
    expect(body).toContain("Stale");
  });
});
