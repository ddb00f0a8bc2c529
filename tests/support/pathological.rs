//! Pathological inputs of a chosen size, shared by `tests/pathological.rs` (invariants and
//! linear growth) and `benches/pathological.rs` (time per byte at 1 MB and 10 MB).

/// One hostile-to-performance input: a name, the text, and optionally the HTML it came with.
pub struct Case {
    pub name: &'static str,
    pub text: String,
    pub html: Option<String>,
}

/// A deterministic pseudo-random sequence (xorshift), so the inputs are the same every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// `piece` repeated until the text is about `bytes` long (never cut inside a character).
fn repeat(piece: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + piece.len());
    while text.len() < bytes {
        text.push_str(piece);
    }
    text
}

const NEWS: &str =
    "Health Secretary Maria Delgado said on Wednesday that waiting lists had fallen \
by 8 per cent since January, the first fall in three years. The Office for National Statistics \
said 1,245 firms closed in the quarter to June, up from 1,100 a year earlier, with costs of \
£2.7bn. Campaigners from Friends of the Earth met officials in Brussels. ";

/// Every pathological case at about `bytes` bytes.
pub fn cases(bytes: usize) -> Vec<Case> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut digits = String::with_capacity(bytes);
    while digits.len() < bytes {
        digits.push(char::from(b'0' + rng.below(10) as u8));
    }
    let mut numbers = String::with_capacity(bytes + 8);
    while numbers.len() < bytes {
        numbers.push_str(&rng.below(100_000).to_string());
        numbers.push(if rng.below(8) == 0 { '\n' } else { ' ' });
    }
    let text = |name, text| Case {
        name,
        text,
        html: None,
    };
    vec![
        text("news_without_newline", repeat(NEWS, bytes)),
        text("short_lines", repeat("ab 1\n", bytes)),
        text("one_char_lines", repeat("x\n", bytes)),
        text("only_digits", digits),
        text("numbers_and_spaces", numbers),
        text("only_emoji", repeat("😀🇬🇧👩‍👩‍👧🏳️‍🌈", bytes)),
        text(
            "right_to_left",
            repeat("مرحبا بالعالم ١٢٣ 45 שלום עולם 67.\n", bytes),
        ),
        text(
            "zero_width",
            repeat(
                "Maria\u{200b}Delgado\u{200d} said\u{200c} 90\u{2060}per cent\u{feff} ",
                bytes,
            ),
        ),
        text("crlf_news", repeat(&NEWS.replace(". ", ".\r\n"), bytes)),
        text("all_caps_news", repeat(&NEWS.to_uppercase(), bytes)),
        text("punctuation", repeat(".,;:!?()[]{}\"'-–—/\\%£$", bytes)),
        text("whitespace", repeat(" \t \u{a0}", bytes)),
        text("cjk", repeat("国务院总理李强说，2024年经济增长5%。", bytes)),
        text(
            "combining_marks",
            repeat("e\u{301}\u{302}\u{303}1\u{300}0 ", bytes),
        ),
        text(
            "capitalised_words",
            repeat("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ", bytes),
        ),
        Case {
            name: "deeply_nested_html",
            text: repeat(NEWS, bytes / 4),
            html: Some(repeat("<div><span>", bytes / 2) + &repeat(NEWS, bytes / 4)),
        },
        Case {
            name: "unclosed_html",
            text: repeat(NEWS, bytes / 4),
            html: Some(format!(
                "<p title=\"{}<script>{}",
                repeat("<", bytes / 4),
                repeat(NEWS, bytes / 4)
            )),
        },
    ]
}
