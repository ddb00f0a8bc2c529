//! The rules' tests: made-up sentences through the tagger and the repairs, one module a rule
//! or a session's round; `repairs` holds the shared table checker (`check_repairs`).

use super::*;

mod repairs;
use repairs::{check_repairs, repair_words, RepairCase};

mod bodies_tests;
mod brands_tests;
mod companies38_tests;
mod cue_tests;
mod cue_words_tests;
mod descriptions_tests;
mod ent32_tests;
mod ent33_tests;
mod ent34_tests;
mod ent35_tests;
mod ent36_tests;
mod ent37_tests;
mod ent38_tests;
mod ent39_tests;
mod ent40_tests;
mod ent41_tests;
mod ent42_tests;
mod ent43_tests;
mod ent44_tests;
mod foreign_bodies_tests;
mod given_names_tests;
mod gum38_tests;
mod joined_tests;
mod lead40_tests;
mod lead41_tests;
mod lead42_tests;
mod lead43_tests;
mod long_bodies_tests;
mod lower_first_tests;
mod modern_tests;
mod objects_tests;
mod org_shapes_tests;
mod person_runs_tests;
mod place_adjectives_tests;
mod place_memo_tests;
mod planes_tests;
mod planets_tests;
mod products_tests;
mod roads_tests;
mod speed39_tests;
mod speed40_tests;
mod speed42_tests;
mod speed44_tests;
mod subjects_tests;
mod table_words;
mod title_tests;
mod walk_tests;
mod word_class_tests;
mod works_tests;
