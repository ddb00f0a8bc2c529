//! The statistics layer's tests of behaviour: made-up sentences through the whole layer, one
//! module a class of figures or a session's round (a grammar's or a gate's own unit tests sit
//! beside it). Each module reads the layer's items through `use super::*`.

use super::*;

mod ahead_verb_tests;
mod amount_tests;
mod announced_date_tests;
mod bounds_tests;
mod class_tests;
mod date_class32_tests;
mod date_class33_tests;
mod date_class_tests;
mod date_name_gate_tests;
mod date_phrase_tests;
mod date_tests;
mod day_list_tests;
mod duration_form_tests;
mod duration_grammar_tests;
mod festival_tests;
mod figs34_tests;
mod figs35_tests;
mod figs36_tests;
mod holiday_forms34_tests;
mod holiday_other_name_tests;
mod holiday_tests;
mod holiday_year_tests;
mod hour_tests;
mod label_list_tests;
mod locale_tests;
mod money_class_tests;
mod money_form_tests;
mod money_half_tests;
mod money_local_tests;
mod money_minor_tests;
mod money_name_tests;
mod money_rough_tests;
mod money_tests;
mod news31_tests;
mod news33_tests;
mod news34_tests;
mod news35_tests;
mod news36_tests;
mod news_form_tests;
mod news_time_tests;
mod notation_tests;
mod percent_range_tests;
mod pounds_tests;
mod range_tests;
mod report_form_tests;
mod sentences;
mod set_adjective_tests;
pub(super) mod start_gate_tests;
mod time_of_day_tests;
mod unit_table_tests;
mod unit_tests;
mod window_tests;
mod written_time_tests;
