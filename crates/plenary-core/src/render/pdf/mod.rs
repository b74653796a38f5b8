//! PDF files made in the app, with no office suite: a small typesetter for
//! the draft's exports. A document is a list of `Block`s (paragraphs of
//! styled runs) set on A4 pages (`typeset`). Every script of the six
//! languages is set in a system Noto font (`fonts`), shaped by rustybuzz
//! (`shaping`), broken into lines where Unicode allows and ordered right
//! to left where the bidirectional algorithm says (`lines`), then laid out
//! on pages and drawn by krilla, which embeds the fonts as subsets
//! (`pages`). A script with no font installed is an error that says which
//! font to install, never a page of empty boxes.

mod blocks;
mod fonts;
mod lines;
mod pages;
mod shaping;

pub use blocks::{Align, Block, Color, PageSetup, Properties, Run, Style};
pub use pages::typeset;
