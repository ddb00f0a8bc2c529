//! Lower-case particles inside names.

/// Lower-case particles inside names ("bin Salman", "van der Berg", "da Silva").
pub fn is_particle(w: impl AsRef<[u8]>) -> bool {
    fn of(w: &[u8]) -> bool {
        matches!(
            w,
            b"bin"
                | b"bint"
                | b"ibn"
                | b"al"
                | b"el"
                | b"van"
                | b"von"
                | b"der"
                | b"den"
                | b"de"
                | b"da"
                | b"del"
                | b"della"
                | b"di"
                | b"du"
                | b"dos"
                | b"das"
                | b"le"
                | b"la"
                | b"ter"
                | b"ten"
                | b"abu"
        )
    }
    of(w.as_ref())
}
