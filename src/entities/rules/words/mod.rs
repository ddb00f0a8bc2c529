//! The word lists the repairs read: titles, non-names, particles, head words.

mod acronyms;
mod calendar;
mod headlines;
mod heads;
mod list_macro;
mod non_names;
mod particles;
mod titles;

pub use acronyms::*;
pub use calendar::*;
pub use headlines::*;
pub use heads::*;
pub(crate) use list_macro::word_list;
pub use non_names::*;
pub use particles::*;
pub use titles::*;
