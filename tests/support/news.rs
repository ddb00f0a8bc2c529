//! Deterministic made-up news-like text, shared by `benches/entities.rs` (speed of the entity
//! pass) and the entity layer's test that its fast and reference taggers agree.

const PEOPLE: &[&str] = &[
    "Ada Marlow",
    "Ben Okafor",
    "Carla Reyes",
    "Dmitri Volkov",
    "Elena Sato",
];
const PLACES: &[&str] = &[
    "Lisbon", "Nairobi", "Quito", "Oslo", "Manila", "Leeds", "Ohio",
];
const ORGS: &[&str] = &[
    "the Ministry of Transport",
    "Brightwater Holdings",
    "the International Maritime Council (IMC)",
    "Northgate Bank",
    "the Green Alliance",
];
const GROUPS: &[&str] = &[
    "Portuguese",
    "Kenyan",
    "Norwegian",
    "Filipino",
    "Conservative",
];

/// Deterministic made-up news text of about `target` bytes, with headlines and paragraphs.
pub fn news(target: usize) -> String {
    let mut out = String::with_capacity(target + 1024);
    let mut i = 0usize;
    while out.len() < target {
        let p = PEOPLE[i % PEOPLE.len()];
        let q = PEOPLE[(i / 3 + 1) % PEOPLE.len()];
        let l = PLACES[i % PLACES.len()];
        let m = PLACES[(i / 2 + 3) % PLACES.len()];
        let o = ORGS[i % ORGS.len()];
        let g = GROUPS[i % GROUPS.len()];
        let surname = p.rsplit(' ').next().unwrap_or(p);
        if i % 7 == 0 {
            out.push_str(&format!(
                "{} TALKS STALL IN {}\n\n",
                g.to_uppercase(),
                l.to_uppercase()
            ));
        }
        out.push_str(&format!(
            "{p} told reporters in {l} on Tuesday that {o} would publish {} new figures. \
             “We will not accept this,” {surname}’s spokesman said, adding that {g} officials \
             had met {q} in {m} last week. Shares in Northgate Bank fell {}.{} per cent.\n\n",
            i % 97 + 3,
            i % 9,
            i % 10
        ));
        i += 1;
    }
    out
}
