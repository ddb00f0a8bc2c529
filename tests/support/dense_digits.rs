//! The dense-figure text of issue #15 item 3, shared by the heap (`memory.rs`) and the peak-RSS
//! (`cli_memory.rs`) tests.

/// `1,2,3,…` up to about `bytes` bytes.
pub fn dense_digits(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 8);
    let mut k = 1u64;
    while text.len() < bytes {
        text.push_str(&k.to_string());
        text.push(',');
        k += 1;
    }
    text
}
