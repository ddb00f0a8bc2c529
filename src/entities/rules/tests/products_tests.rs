//! Named cases for `products.rs` (made-up text): products after "maker of", with look-alikes
//! that must not change. The tagger's spans are given.

use super::*;
use super::{check_repairs, RepairCase};

const N: CaseMode = CaseMode::Normal;

const CASES: &[RepairCase] = &[
    (
        "two products after maker of",
        &[
            "the", "maker", "of", "Quarlow", "and", "Tennix", "said", "sales", "fell",
        ],
        N,
        &[(3, 4, LOC), (5, 6, PER)],
        &[(3, 4, MISC), (5, 6, MISC)],
    ),
    (
        "three products with commas after brewer of",
        &[
            "the", "brewer", "of", "Quarlow", ",", "Tennix", "and", "Velby", "Gold",
        ],
        N,
        &[(3, 4, LOC), (5, 6, ORG), (7, 9, PER)],
        &[(3, 4, MISC), (5, 6, MISC), (7, 9, MISC)],
    ),
    (
        "a name after owner of stays",
        &["the", "owner", "of", "Quarlow", "said", "so"],
        N,
        &[(3, 4, ORG)],
        &[(3, 4, ORG)],
    ),
    (
        "a name after the products but not joined stays",
        &[
            "the", "maker", "of", "Quarlow", "met", "Tennix", "in", "Leeds",
        ],
        N,
        &[(3, 4, LOC), (5, 6, PER), (7, 8, LOC)],
        &[(3, 4, MISC), (5, 6, PER), (7, 8, LOC)],
    ),
];

#[test]
fn made_product_cases() {
    check_repairs(CASES);
}
