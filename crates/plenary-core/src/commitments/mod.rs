//! Layer 4: the delegation's commitments over the store. The register of
//! commitments, each checked and followed from status to status, is in
//! `register`; whether a statement's sentence reads as a commitment is in
//! `cues` (pure text work, over the words of `cue_table`), and the sentences suggested from the
//! delegation's statements are in `suggestions`.

mod cue_table;
pub mod cues;
mod register;
pub mod suggestions;

pub use register::{checked, commitment_detail, commitments, save_commitment, set_status};
