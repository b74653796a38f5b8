import { describe, expect, it } from "vitest";
import { backupWhen, dailyLabel, passphraseProblem } from "./safekeeping";

describe("a new passphrase", () => {
  it("is refused when short, padded or mistyped", () => {
    expect(passphraseProblem("short", "short")).toMatch(/at least 8/);
    expect(passphraseProblem(" geneva spring", " geneva spring")).toMatch(/space/);
    expect(passphraseProblem("geneva spring", "geneva sprung")).toMatch(/differ/);
  });

  it("counts characters as the core does, not UTF-16 units", () => {
    // Four keys are eight UTF-16 units but four characters: too short for the core.
    expect(passphraseProblem("🔑🔑🔑🔑", "🔑🔑🔑🔑")).toMatch(/at least 8/);
  });

  it("is accepted when long enough and typed twice alike, in any script", () => {
    expect(passphraseProblem("geneva spring session", "geneva spring session")).toBeNull();
    expect(passphraseProblem("ربيع جنيف ٢٠٢٦", "ربيع جنيف ٢٠٢٦")).toBeNull();
  });
});

describe("a backup's time", () => {
  const now = new Date(2026, 10, 30, 15, 0);

  it("reads as today or as a dated day, in the local zone", () => {
    expect(backupWhen(new Date(2026, 10, 30, 9, 5).toISOString(), now)).toBe("today 09:05");
    expect(backupWhen(new Date(2026, 10, 2, 18, 40).toISOString(), now)).toBe("2 Nov 2026, 18:40");
    expect(backupWhen("not a time", now)).toBe("not a time");
  });

  it("names the daily choice", () => {
    expect(dailyLabel(0)).toBe("Off");
    expect(dailyLabel(14)).toBe("Keep the last 14");
  });
});
