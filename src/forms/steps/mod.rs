//! The steps of a form's journey, one file each: [`start`], a [`section`] per step of
//! questions, [`check`] ("check your answers" and sending) and [`done`] (the confirmation).
//! Each reads and changes the form only through [`super::state`]; no step uses another.

pub mod check;
pub mod done;
pub mod section;
pub mod start;
