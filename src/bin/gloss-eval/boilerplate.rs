//! Scores the boilerplate layer. (Being written: see the boilerplate issue.)

pub fn run(_args: &[String]) -> Result<bool, String> {
    Err("the boilerplate evaluation is not written yet".into())
}
