//! The `gloss` command's contract: JSON shape, code-point offsets, JSON Lines, bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn gloss(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gloss starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().expect("gloss runs");
    writer.join().expect("writer").expect("stdin written");
    out
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "gloss failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

/// Every annotation has the contract's fields, and `text` is exactly the code points
/// `start..end` of the input.
fn assert_contract(input: &str, annotations: &[Value]) {
    let chars: Vec<char> = input.chars().collect();
    for a in annotations {
        let layer = a["layer"].as_str().expect("layer");
        assert!(
            ["boilerplate", "entity", "statistic"].contains(&layer),
            "{a}"
        );
        assert!(a["type"].as_str().is_some_and(|t| !t.is_empty()), "{a}");
        let start = a["start"].as_u64().expect("start") as usize;
        let end = a["end"].as_u64().expect("end") as usize;
        assert!(start < end && end <= chars.len(), "{a}");
        let covered: String = chars[start..end].iter().collect();
        assert_eq!(a["text"].as_str(), Some(covered.as_str()), "{a}");
        match layer {
            "entity" => {
                assert!(a["entity"].is_u64(), "{a}");
                assert!(a["canonical"].is_string(), "{a}");
            }
            "boilerplate" => assert!(a["reason"].is_string(), "{a}"),
            _ => {}
        }
    }
}

fn find<'a>(annotations: &'a [Value], layer: &str, text: &str) -> Option<&'a Value> {
    annotations
        .iter()
        .find(|a| a["layer"] == layer && a["text"] == text)
}

const ARTICLE: &str = "Minister Jane Okafor said on Tuesday that 4,200 people applied in March, \
a 12 per cent increase compared with the same month last year.\n\nOkafor told the BBC the \
scheme would cost £2.5bn over three years.\n";

#[test]
fn annotates_a_file_as_one_json_object() {
    let dir = std::env::temp_dir().join(format!("gloss-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("article.txt");
    std::fs::write(&path, ARTICLE).expect("write");
    let out = gloss(&["annotate", path.to_str().expect("utf-8 path")], b"");
    let doc = json(&out);
    let annotations = doc["annotations"].as_array().expect("annotations array");
    assert_contract(ARTICLE, annotations);
    let percent = find(annotations, "statistic", "12 per cent").expect("the percentage");
    assert_eq!(percent["type"], "PERCENT");
    assert_eq!(percent["value"], 12.0);
    assert!(find(annotations, "statistic", "4,200").is_some());
    assert!(find(annotations, "entity", "Jane Okafor").is_some());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn offsets_are_code_points_whatever_the_script() {
    let cases = [
        ("emoji", "👍🏽 Ministers said 13 per cent more 📈 came."),
        (
            "accents",
            "À Zürich, Müller paid 13 per cent more — née Café.",
        ),
        ("cjk", "東京の報告: Ministers said 13 per cent more came."),
        (
            "crlf",
            "First line\r\n\r\nMinisters said 13 per cent more came.\r\n",
        ),
    ];
    for (name, text) in cases {
        let doc = json(&gloss(&["annotate"], text.as_bytes()));
        let annotations = doc["annotations"].as_array().expect("annotations");
        assert_contract(text, annotations);
        let percent = find(annotations, "statistic", "13 per cent")
            .unwrap_or_else(|| panic!("{name}: no percentage in {doc}"));
        let expected = text[..text.find("13 per cent").expect("in text")]
            .chars()
            .count();
        assert_eq!(percent["start"].as_u64(), Some(expected as u64), "{name}");
    }
}

#[test]
fn layers_option_selects_layers() {
    let doc = json(&gloss(
        &["annotate", "--layers", "statistic"],
        ARTICLE.as_bytes(),
    ));
    let annotations = doc["annotations"].as_array().expect("annotations");
    assert!(!annotations.is_empty());
    assert!(annotations.iter().all(|a| a["layer"] == "statistic"));
    let out = gloss(&["annotate", "--layers", "bogus"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jsonl_keeps_order_and_ids() {
    let mut input = String::new();
    for i in 0..600 {
        let record = serde_json::json!({"id": format!("doc-{i}"), "text": format!("Record {i}: {i} per cent of 3,000 voters.")});
        input.push_str(&record.to_string());
        input.push('\n');
    }
    for threads in ["1", "2"] {
        let out = gloss(
            &["annotate", "--jsonl", "--threads", threads],
            input.as_bytes(),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let lines: Vec<Value> = String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        assert_eq!(lines.len(), 600);
        for (i, line) in lines.iter().enumerate() {
            assert_eq!(line["id"], format!("doc-{i}"));
            let text = format!("Record {i}: {i} per cent of 3,000 voters.");
            assert_contract(&text, line["annotations"].as_array().expect("annotations"));
        }
    }
}

#[test]
fn jsonl_reports_bad_lines_by_number_and_goes_on() {
    let input =
        b"{\"id\": 1, \"text\": \"One.\"}\nnot json\n{\"id\": 3, \"text\": \"Three.\"}\n\xff\xfe\n";
    let out = gloss(&["annotate", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("line 4"), "{stderr}");
    let ids: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON")["id"].clone())
        .collect();
    assert_eq!(ids, vec![Value::from(1), Value::from(3)]);
}

#[test]
fn invalid_utf8_is_refused_with_the_line() {
    let out = gloss(&["annotate"], b"fine line\nsecond \xc3\x28 line\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    for args in [&["frobnicate"][..], &[][..], &["annotate", "--nope"][..]] {
        let out = gloss(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--help"));
    }
    let out = gloss(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["--jsonl", "code points", "EXIT STATUS", "--layers"] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
    let out = gloss(&["annotate", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn empty_input_gives_no_annotations() {
    let doc = json(&gloss(&["annotate"], b""));
    assert_eq!(doc, serde_json::json!({"annotations": []}));
}

#[test]
fn clean_prints_the_article_without_its_clutter() {
    let page = "Sign up to our free Morning Briefing newsletter\nPlease enter a valid email address\nSIGN UP\n\n\
Minister Jane Okafor said on Tuesday that 4,200 people had applied for the scheme since it opened in March this year.\n\n\
The figure is more than double the number the department had expected, and officials said they were struggling to keep up with demand.\n\n\
Jane Okafor visits a job centre in Leeds (PA)\n\n\
Opposition MPs said the government had failed to plan for the rush, and called for an inquiry into how the scheme was run.\n\n\
Okafor told reporters that the scheme would be extended to every region of the country by the end of the decade.\n\n\
She added that a review of the application process would be published in the spring, with changes expected next year.\n";
    let out = gloss(&["clean"], page.as_bytes());
    assert!(out.status.success());
    let clean = String::from_utf8(out.stdout).expect("utf-8");
    assert!(clean.contains("4,200 people had applied"), "{clean}");
    assert!(clean.contains("extended to every region"), "{clean}");
    assert!(!clean.contains("valid email"), "{clean}");
    assert!(!clean.contains("(PA)"), "{clean}");
    let out = gloss(&["clean", "--jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
}
