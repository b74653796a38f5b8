//! Gives back to the system the memory the allocator still holds but no
//! longer uses, after start-up's one-off work. Building the reuse index
//! aside frees tens of megabytes of scratch (the postings before they are
//! sorted into columns, each passage's words) on the thread that built it,
//! and glibc keeps such room in that thread's arena unless asked to trim
//! it. Elsewhere than glibc this does nothing.

/// Returns the allocator's free pages to the kernel.
#[allow(unsafe_code)]
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only hands free pages back to the kernel; it
    // moves and touches no memory in use, and is safe from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
