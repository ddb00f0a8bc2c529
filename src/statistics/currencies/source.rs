//! The frozen currency table written as Rust source, for the build script: a `static` that
//! `currencies/mod.rs` includes, so native builds read the table in place from the start.

use std::fmt::Write;

use super::frozen::{Frozen, StaticMap};

/// A value written as the Rust expression of its `'static` form.
trait Source {
    fn source(&self, out: &mut String);
}

impl Source for &str {
    fn source(&self, out: &mut String) {
        // Debug quotes and escapes a string as a Rust literal does.
        let _ = write!(out, "{self:?}");
    }
}

impl Source for char {
    fn source(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

impl Source for bool {
    fn source(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Source for () {
    fn source(&self, out: &mut String) {
        out.push_str("()");
    }
}

impl<A: Source, B: Source> Source for (A, B) {
    fn source(&self, out: &mut String) {
        out.push('(');
        self.0.source(out);
        out.push(',');
        self.1.source(out);
        out.push(')');
    }
}

impl<A: Source, B: Source, C: Source> Source for (A, B, C) {
    fn source(&self, out: &mut String) {
        out.push('(');
        self.0.source(out);
        out.push(',');
        self.1.source(out);
        out.push(',');
        self.2.source(out);
        out.push(')');
    }
}

impl<T: Source> Source for &[T] {
    fn source(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.source(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<V: Source> Source for StaticMap<V> {
    fn source(&self, out: &mut String) {
        let _ = write!(
            out,
            "frozen::StaticMap{{shift:{},slots:&{:?},entries:",
            self.shift, self.slots
        );
        self.entries.source(out);
        out.push('}');
    }
}

/// `static FROZEN: frozen::Frozen = …;`, the table `t`.
pub fn rust_source(t: &Frozen) -> String {
    let mut out =
        String::from("// The currency table laid out by build.rs (see currencies/frozen.rs).\n");
    out.push_str("static FROZEN: frozen::Frozen = frozen::Frozen {\n");
    let mut field = |name: &str, value: &dyn Fn(&mut String)| {
        out.push_str(name);
        out.push(':');
        value(&mut out);
        out.push_str(",\n");
    };
    field("codes", &|o| t.codes.source(o));
    field("symbols", &|o| t.symbols.source(o));
    field("words", &|o| t.words.source(o));
    field("names", &|o| t.names.source(o));
    field("shared_symbols", &|o| t.shared_symbols.source(o));
    field("shared_words", &|o| t.shared_words.source(o));
    field("letters", &|o| t.letters.source(o));
    field("cues", &|o| t.cues.source(o));
    field("regions", &|o| t.regions.source(o));
    field("dollars", &|o| t.dollars.source(o));
    field("singular", &|o| t.singular.source(o));
    field("first", &|o| t.first.source(o));
    field("whole", &|o| t.whole.source(o));
    field("thousandths", &|o| t.thousandths.source(o));
    field("marks", &|o| t.marks.source(o));
    field("prefixed", &|o| t.prefixed.source(o));
    field("joined", &|o| t.joined.source(o));
    field("after_keys", &|o| t.after_keys.source(o));
    out.push_str("};\n");
    out
}
