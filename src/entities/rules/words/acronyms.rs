//! Short acronyms the rules read as one word.

/// Most letters of an acronym the rules read as one ("BBC", "NATO", "UNESCO").
const ACRONYM_MAX: usize = 6;

/// Whether `letters` are 2 to [`ACRONYM_MAX`] ASCII capitals: an acronym a term defines
/// ("sea surface temperature (SST)") or a name put back before an article ("told the BBC the").
pub fn is_short_acronym(letters: &[u8]) -> bool {
    (2..=ACRONYM_MAX).contains(&letters.len()) && letters.iter().all(u8::is_ascii_uppercase)
}
