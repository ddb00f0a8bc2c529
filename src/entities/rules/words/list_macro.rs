//! The macro that writes a word list and its words beside it.

/// A word list as written (`fn … { fn of(b: &[u8]) -> bool { matches!(b, b"…" | …) } … }`,
/// optionally `|| another_list(b)` after the `matches!`), and its words beside it as the
/// constant named first: [`super::classes`]' table of the lists' words (native builds) is made
/// from them, so that the table and the `matches!` cannot drift apart.
macro_rules! word_list {
    (
        $list:ident;
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($outer:ident: impl AsRef<[u8]>) -> bool {
            fn of($inner:ident: &[u8]) -> bool {
                matches!($m:ident, $($w:literal)|+) $(|| $rest:expr)?
            }
            of($arg:ident.as_ref())
        }
    ) => {
        $(#[$attr])*
        #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
        $vis fn $name($outer: impl AsRef<[u8]>) -> bool {
            fn of($inner: &[u8]) -> bool {
                matches!($m, $($w)|+) $(|| $rest)?
            }
            of($arg.as_ref())
        }

        #[doc = concat!("The words `", stringify!($name), "` lists itself (not those of a list it adds).")]
        #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
        pub(in crate::entities::rules) const $list: &[&[u8]] = &[$($w),+];
    };
}
pub(crate) use word_list;
