// How long a draft takes to deliver: its words at the delegation's rate
// (words a minute), against the time the Chair allows.

export type SpeakingTime = {
  words: number;
  /** Seconds at the rate, rounded. */
  seconds: number;
  targetSeconds: number;
  /** How much of the target the draft fills (1 = exactly). */
  fill: number;
  /** True when the draft runs past the target. */
  over: boolean;
  /** "2:45", minutes and seconds. */
  label: string;
  /** How far past or short of the target, as "0:15". */
  margin: string;
};

/** "2:05" for 125 seconds; "1:02:05" past an hour. */
export function minutesAndSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  if (whole >= 3600) return `${Math.floor(whole / 3600)}:${two(Math.floor(whole / 60) % 60)}:${two(whole % 60)}`;
  return `${Math.floor(whole / 60)}:${two(whole % 60)}`;
}

export function speakingTime(words: number, wordsPerMinute: number, targetMinutes: number): SpeakingTime {
  const rate = wordsPerMinute > 0 ? wordsPerMinute : 130;
  const seconds = Math.round((words / rate) * 60);
  const targetSeconds = Math.round(Math.max(0, targetMinutes) * 60);
  const over = targetSeconds > 0 && seconds > targetSeconds;
  return {
    words,
    seconds,
    targetSeconds,
    fill: targetSeconds > 0 ? seconds / targetSeconds : 0,
    over,
    label: minutesAndSeconds(seconds),
    margin: minutesAndSeconds(Math.abs(targetSeconds - seconds)),
  };
}

/** About how many words fit the target at the rate ("about 390 words"). */
export function wordsForTarget(wordsPerMinute: number, targetMinutes: number): number {
  return Math.round((wordsPerMinute * targetMinutes) / 10) * 10;
}
