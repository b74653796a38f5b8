import { describe, expect, it } from "vitest";
import { minutesAndSeconds, speakingTime, wordsForTarget } from "./speakingTime";

describe("speakingTime", () => {
  it("times the words at the rate against the target", () => {
    const time = speakingTime(390, 130, 3);
    expect(time.seconds).toBe(180);
    expect(time.label).toBe("3:00");
    expect(time.over).toBe(false);
    expect(time.fill).toBe(1);
    expect(time.margin).toBe("0:00");
  });

  it("warns when the draft runs over", () => {
    const time = speakingTime(455, 130, 3);
    expect(time.over).toBe(true);
    expect(time.label).toBe("3:30");
    expect(time.margin).toBe("0:30");
  });

  it("follows the rate", () => {
    expect(speakingTime(120, 120, 3).label).toBe("1:00");
    expect(speakingTime(0, 130, 3).label).toBe("0:00");
  });

  it("formats minutes and seconds", () => {
    expect(minutesAndSeconds(125)).toBe("2:05");
    expect(minutesAndSeconds(-3)).toBe("0:00");
    expect(minutesAndSeconds(3725)).toBe("1:02:05");
  });

  it("says about how many words fit", () => {
    expect(wordsForTarget(130, 3)).toBe(390);
  });
});
