//! Form rules shared by the app and the reference backend (one source of truth, target B6):
//! which questions are asked (conditional questions), whether a definition is sound, and
//! whether answers are valid, with error codes the app translates
//! (`required`, `too_long`, `invalid_email`, ...; see `docs/contract.md`); plus the parts of
//! the journey that need no browser: steps, drafts, checkbox and date-input answers.

mod draft;
mod flow;
mod validate;

pub use draft::*;
pub use flow::*;
pub use validate::*;
