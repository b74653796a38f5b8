//! What the benches measure with: quantiles of timings in milliseconds,
//! and the process's memory from /proc. Every bench uses these; they use
//! nothing of the benches.

use std::time::Duration;

/// The `q` quantile of `v` in milliseconds (nearest rank).
pub fn percentile(v: &mut [Duration], q: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort();
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    v[rank - 1].as_secs_f64() * 1000.0
}

/// The process's peak resident memory, from /proc (0 where unavailable).
pub fn peak_rss_mb() -> u64 {
    memory_mb("VmHWM")
}

/// A memory figure of the process's /proc status (`VmRSS`, `VmHWM`, …),
/// in MB (0 where unavailable).
pub fn memory_mb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.strip_prefix(field).is_some_and(|r| r.starts_with(':')))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
