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

/// One output line per input line (blank lines aside): a bad record is answered in its place with
/// `{"id": ..., "error": "..."}`, the id when it could be read; the run goes on and exits 1.
#[test]
fn jsonl_answers_every_line_in_place_even_bad_ones() {
    let input = b"{\"id\": 1, \"text\": \"One.\"}\nnot json\n{\"id\": 3, \"txt\": \"no text field\"}\n\n{\"id\": 5, \"text\": \"Five.\"}\n\xff\xfe\n{\"id\": 7, \"text\": 7}\n";
    let out = gloss(&["annotate", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for line in ["line 2", "line 3", "line 6", "line 7"] {
        assert!(stderr.contains(line), "{line} not named: {stderr}");
    }
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let shape: Vec<(Value, bool)> = lines
        .iter()
        .map(|l| (l["id"].clone(), l["error"].is_string()))
        .collect();
    let expected = [
        (Value::from(1), false),
        (Value::Null, true),
        (Value::from(3), true),
        (Value::from(5), false),
        (Value::Null, true),
        (Value::from(7), true),
    ];
    assert_eq!(shape, expected);
    for line in &lines {
        assert!(
            line["error"].is_string() != line["annotations"].is_array(),
            "{line}"
        );
    }
    assert!(
        lines[2]["error"].as_str().unwrap_or("").contains("text"),
        "{}",
        lines[2]
    );
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
}

/// Exit status 2 for I/O failures: FILE missing, FILE a directory, standard output closed.
#[test]
fn io_failures_exit_2_with_a_message() {
    let dir = std::env::temp_dir().join(format!("gloss-cli-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cases = [
        ("missing file", "/no/such/file.txt".to_string()),
        ("directory", dir.to_string_lossy().into_owned()),
    ];
    for (name, path) in cases {
        for command in ["annotate", "clean"] {
            let out = gloss(&[command, &path], b"");
            assert_eq!(out.status.code(), Some(2), "{name} {command}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains("cannot read"), "{name}: {stderr}");
            assert!(out.stdout.is_empty(), "{name}");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    let record = format!("{}\n", serde_json::json!({"id": 1, "text": ARTICLE}));
    let closed = [
        ("annotate", &["annotate"][..], ARTICLE.as_bytes()),
        ("jsonl", &["annotate", "--jsonl"][..], record.as_bytes()),
        ("clean", &["clean"][..], ARTICLE.as_bytes()),
    ];
    for (name, args, input) in closed {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gloss starts");
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().expect("stdin");
        // gloss reads all its input before it writes, so stdout is closed by then.
        stdin.write_all(input).expect("input written");
        drop(stdin);
        let out = child.wait_with_output().expect("gloss runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains("standard output"), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
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

#[test]
fn threads_are_capped_with_a_message() {
    let record = format!("{}\n", serde_json::json!({"id": "a", "text": ARTICLE}));
    let out = gloss(
        &["annotate", "--jsonl", "--threads", "10000"],
        record.as_bytes(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("--threads 10000"), "{stderr}");
    assert!(stderr.contains("per core"), "{stderr}");
    let line: Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    assert_eq!(line["id"], "a");
    // A number within the cap is taken as it is, silently.
    let out = gloss(
        &["annotate", "--jsonl", "--threads", "2"],
        record.as_bytes(),
    );
    assert!(out.status.success() && out.stderr.is_empty());
}

/// SIGTERM or SIGINT while gloss is blocked writing a long line into a full pipe: the line is
/// finished, gloss stops with 128 + the signal, and the reader sees only whole records.
#[cfg(unix)]
#[test]
fn a_signal_finishes_the_line_being_written() {
    use std::io::Read;
    let text = ARTICLE.repeat(40);
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    for (signal, number) in [("TERM", 15), ("INT", 2)] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
            .args(["annotate", "--jsonl", "--threads", "2"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("gloss starts");
        let mut stdin = child.stdin.take().expect("stdin");
        let bytes = input.clone().into_bytes();
        // gloss may stop before it has read everything: a failed write is expected then.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
        let mut stdout = child.stdout.take().expect("stdout");
        let mut received = vec![0u8; 1];
        stdout.read_exact(&mut received).expect("first output byte");
        // Let gloss fill the pipe (a line is several times its 64 KB) and block mid-line.
        std::thread::sleep(std::time::Duration::from_millis(500));
        send(signal, &child);
        stdout
            .read_to_end(&mut received)
            .expect("rest of the output");
        let status = child.wait().expect("gloss ends");
        writer.join().expect("writer");
        assert_eq!(status.code(), Some(128 + number), "{signal}: {status:?}");
        assert_eq!(
            received.last(),
            Some(&b'\n'),
            "{signal}: output ends mid-line"
        );
        let lines: Vec<&[u8]> = received
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        assert!(
            !lines.is_empty() && lines.len() < 40,
            "{signal}: {} lines",
            lines.len()
        );
        for (i, line) in lines.iter().enumerate() {
            let record: Value = serde_json::from_slice(line).expect("a whole JSON record");
            assert_eq!(record["id"], i, "{signal}");
        }
    }
}

/// A signal while gloss waits for input stops it at once (nothing is half-written then).
#[cfg(unix)]
#[test]
fn a_signal_while_waiting_for_input_stops_at_once() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gloss"))
        .args(["annotate", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("gloss starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(b"{\"id\": 1, \"text\": \"4,200 people\"}\n")
        .expect("written");
    // The first record waits for the rest of its batch; gloss is blocked reading.
    std::thread::sleep(std::time::Duration::from_millis(1000));
    send("TERM", &child);
    let out = child.wait_with_output().expect("gloss ends");
    drop(stdin);
    assert_eq!(out.status.code(), Some(128 + 15), "{:?}", out.status);
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
fn send(signal: &str, child: &std::process::Child) {
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
}

#[test]
fn a_byte_order_mark_is_skipped_and_arrays_are_not_records() {
    let text = "13 per cent more came.";
    let with_bom = format!("\u{feff}{text}");
    let doc = json(&gloss(&["annotate"], with_bom.as_bytes()));
    let annotations = doc["annotations"].as_array().expect("annotations");
    assert_contract(text, annotations);
    let percent = find(annotations, "statistic", "13 per cent").expect("the percentage");
    assert_eq!(percent["start"], 0);
    let clean = gloss(&["clean"], with_bom.as_bytes());
    assert!(clean.status.success());
    assert!(!String::from_utf8_lossy(&clean.stdout).starts_with('\u{feff}'));

    let input = format!(
        "\u{feff}{}\n[\"id\", \"{text}\"]\n\u{feff}{{\"id\": 3, \"text\": \"x\"}}\n",
        serde_json::json!({"id": 1, "text": text})
    );
    let out = gloss(&["annotate", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0]["annotations"].is_array(), "{}", lines[0]);
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("not an array")),
        "{}",
        lines[1]
    );
    // Only the first line may start with a byte order mark.
    assert!(lines[2]["error"].is_string(), "{}", lines[2]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 2") && !stderr.contains("line 1:"),
        "{stderr}"
    );
}

/// Every `null` in the output, with its path.
fn nulls(value: &Value, path: &str, found: &mut Vec<String>) {
    match value {
        Value::Null => found.push(path.to_string()),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                nulls(v, &format!("{path}[{i}]"), found);
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                nulls(v, &format!("{path}.{k}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn numbers_too_large_for_a_double_are_given_as_text() {
    let huge = format!("1{}", "0".repeat(320));
    let grouped = format!("1{}", ",000".repeat(110));
    let cases = [
        ("digits", format!("{huge} people came."), huge.clone()),
        (
            "grouped",
            format!("They counted {grouped} grains."),
            grouped.clone(),
        ),
        ("money", format!("It cost £{huge}."), format!("£{huge}")),
    ];
    for (name, text, figure) in cases {
        let doc = json(&gloss(
            &["annotate", "--layers", "statistic"],
            text.as_bytes(),
        ));
        let mut found = Vec::new();
        nulls(&doc, "", &mut found);
        assert!(found.is_empty(), "{name}: null at {found:?}");
        let annotations = doc["annotations"].as_array().expect("annotations");
        assert_contract(&text, annotations);
        let stat = annotations
            .iter()
            .find(|a| {
                a["text"]
                    .as_str()
                    .is_some_and(|t| t.contains(&huge[..40]) || t.contains(&grouped[..40]))
            })
            .unwrap_or_else(|| panic!("{name}: no statistic in {doc}"));
        assert!(stat.get("value").is_none(), "{name}: {stat}");
        assert_eq!(stat["value_text"], stat["text"], "{name}");
        assert!(
            stat["text"]
                .as_str()
                .is_some_and(|t| t.contains(&figure[..40])),
            "{name}"
        );
    }
    // An ordinary figure keeps its number and has no value_text.
    let doc = json(&gloss(
        &["annotate", "--layers", "statistic"],
        b"4,200 people",
    ));
    assert_eq!(doc["annotations"][0]["value"], 4200.0);
    assert!(doc["annotations"][0].get("value_text").is_none());
}

#[test]
fn line_separators_are_escaped_in_the_json() {
    // Clutter lines holding the separators, so that annotations' texts carry them.
    let text = "Sign up for our daily newsletter\u{2028}Please enter a valid email address\n\
        Ministers said 13 per cent\u{2029}more came on Tuesday.\n\
        Share this article\u{85}Share on Facebook\n";
    let record = format!("{}\n", serde_json::json!({"id": "\u{2028}", "text": text}));
    let runs = [
        ("document", gloss(&["annotate"], text.as_bytes())),
        ("pretty", gloss(&["annotate", "--pretty"], text.as_bytes())),
        ("jsonl", gloss(&["annotate", "--jsonl"], record.as_bytes())),
    ];
    for (name, out) in runs {
        assert!(out.status.success(), "{name}");
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        for raw in ['\u{2028}', '\u{2029}', '\u{85}'] {
            assert!(!stdout.contains(raw), "{name}: raw U+{:04X}", raw as u32);
        }
        assert!(
            stdout.contains("\\u2028") && stdout.contains("\\u0085"),
            "{name}"
        );
        let first: Value = if name == "pretty" {
            serde_json::from_str(&stdout).expect("JSON")
        } else {
            assert_eq!(stdout.lines().count(), 1, "{name}");
            serde_json::from_str(stdout.trim_end()).expect("JSON")
        };
        let annotations = first["annotations"].as_array().expect("annotations");
        assert_contract(text, annotations);
        assert!(
            find(annotations, "statistic", "13 per cent").is_some(),
            "{name}"
        );
    }
}
