//! The currency table as the lookups read it: every map laid out in two slices (entries and
//! open-addressed slots), so that native builds get it as static data the build script writes
//! (`build.rs` includes this file, `table.rs` and `source.rs`), with nothing built at run time.
//! The WASM build freezes the table it reads from the file at first use instead (static data
//! of pointers would grow the download by more than the file and its parser weigh).

/// A map from words to `V` read in place: `entries` in any order, and `slots`, a power of two
/// at least twice their number, each 0 (empty) or 1 + the index of an entry whose key hashes to
/// it or to a slot before it with no empty slot between (linear probing).
pub struct StaticMap<V: 'static> {
    /// 64 minus the number of bits of a slot's index: the hash's top bits pick the slot.
    pub(super) shift: u32,
    pub(super) slots: &'static [u16],
    pub(super) entries: &'static [(&'static str, V)],
}

/// The hash a key's slot is picked by: FxHash over the key's bytes eight at a time and its
/// length, the same on every target (the build script lays the slots out on its host).
pub fn key_hash(key: &[u8]) -> u64 {
    let add = |h: u64, x: u64| (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    let mut h = 0;
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = add(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word.iter_mut().zip(rest).for_each(|(d, &b)| *d = b);
        h = add(h, u64::from_le_bytes(word));
    }
    add(h, key.len() as u64)
}

impl<V> StaticMap<V> {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.get_bytes(key.as_bytes())
    }

    /// The value of the key spelled by `key` (a key built on the stack needs no UTF-8 check).
    pub fn get_bytes(&self, key: &[u8]) -> Option<&V> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = (key_hash(key) >> self.shift) as usize;
        loop {
            let slot = usize::from(*self.slots.get(at)?);
            let (k, v) = self.entries.get(slot.checked_sub(1)?)?;
            if k.as_bytes() == key {
                return Some(v);
            }
            at = (at + 1) & mask;
        }
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys and values, in the order the slots index them.
    #[cfg(test)]
    pub fn entries(&self) -> &'static [(&'static str, V)] {
        self.entries
    }
}

/// The slots of `keys` (distinct, at most `u16::MAX - 1`) and their shift, as [`StaticMap::get`]
/// probes them.
pub fn lay_out_slots<'k>(keys: impl ExactSizeIterator<Item = &'k str>) -> (u32, Vec<u16>) {
    let bits = (2 * keys.len()).next_power_of_two().trailing_zeros().max(1);
    let shift = 64 - bits;
    let mut slots = vec![0u16; 1 << bits];
    let mask = slots.len() - 1;
    for (n, key) in keys.enumerate() {
        let mut at = (key_hash(key.as_bytes()) >> shift) as usize;
        while slots[at] != 0 {
            at = (at + 1) & mask;
        }
        slots[at] = u16::try_from(n + 1).expect("fewer than 65,535 keys");
    }
    (shift, slots)
}

/// The words of a name of several words ("kuwaiti", "dinar").
pub(super) type NameWords = &'static [&'static str];

/// The table (what each map holds: `table.rs`, whose `Currencies` this is read from).
pub struct Frozen {
    pub(super) codes: StaticMap<(&'static str, bool, bool)>,
    pub(super) symbols: StaticMap<&'static str>,
    pub(super) words: StaticMap<&'static str>,
    pub(super) names: StaticMap<&'static [(NameWords, &'static str, bool)]>,
    pub(super) shared_symbols: StaticMap<&'static [&'static str]>,
    pub(super) shared_words: StaticMap<&'static [&'static str]>,
    pub(super) letters: StaticMap<&'static [&'static str]>,
    pub(super) cues: StaticMap<&'static [(NameWords, &'static str)]>,
    pub(super) regions: StaticMap<&'static [&'static str]>,
    pub(super) dollars: StaticMap<()>,
    pub(super) singular: StaticMap<&'static str>,
    pub(super) first: StaticMap<&'static str>,
    pub(super) whole: StaticMap<()>,
    pub(super) thousandths: StaticMap<()>,
    pub(super) marks: &'static [(char, &'static str)],
    pub(super) prefixed: StaticMap<&'static str>,
    pub(super) joined: StaticMap<&'static str>,
    /// Every key [`super::after_number`] and the shared symbols and words look a word after a
    /// number up by, in lower case ASCII, with whether it is only a name's first word ("new"):
    /// a plain word that is none of them names no currency there
    /// (`measures::gates::money_may_follow`).
    pub(super) after_keys: StaticMap<bool>,
}

/// The hasher of the maps the table is read into ([`key_hash`]'s steps: the order they list
/// their keys in, and so the slots laid out, is the same from build to build).
#[derive(Default)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(5) ^ key_hash(bytes)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
