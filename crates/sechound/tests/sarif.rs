//! `--format sarif`: valid against the official SARIF 2.1.0 schema, and faithful to the report.

mod common;

use common::{code, run, stdout};
use serde_json::Value;
use std::fs;

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sarif-schema-2.1.0.json"
        ))
        .unwrap(),
    )
    .unwrap();
    jsonschema::draft4::new(&schema).expect("the SARIF schema compiles")
}

fn sarif_of(args: &[&str]) -> Value {
    let output = run(args);
    assert!(code(&output) < 2, "{}", common::stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("SARIF is JSON")
}

#[test]
fn sarif_output_is_valid_against_the_official_schema() {
    let validator = validator();
    for example in ["examples/express-api", "examples/fastapi-service"] {
        let sarif = sarif_of(&["review", example, "--format", "sarif", "--fail-on", "never"]);
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{example}: SARIF does not validate:\n{}",
            errors.join("\n")
        );
    }
}

#[test]
fn the_schema_check_rejects_broken_sarif() {
    // Guards the test above: the validator must fail on a document that breaks the schema.
    let mut sarif = sarif_of(&[
        "review",
        "examples/express-api",
        "--format",
        "sarif",
        "--fail-on",
        "never",
    ]);
    sarif["runs"][0]["results"][0]["level"] = Value::from("catastrophic");
    assert!(!validator().is_valid(&sarif));
}

#[test]
fn results_match_the_report_with_fingerprints_rules_and_suppressions() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("server.js"),
        "app.use(cors({ origin: true, credentials: true }));\n\
         // sechound-ignore: js.cors-allow-all-origins internal tool behind the VPN\n\
         app.use(cors());\n",
    )
    .unwrap();
    let root = dir.path().to_str().unwrap();
    let report = common::report(&run(&[
        "review",
        root,
        "--format",
        "json",
        "--fail-on",
        "never",
    ]));
    let sarif = sarif_of(&["review", root, "--format", "sarif", "--fail-on", "never"]);
    assert!(validator().is_valid(&sarif));

    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(
        results.len(),
        report.findings.len() + report.suppressed.len()
    );
    assert_eq!(results.len(), 2);

    let open = &results[0];
    let finding = &report.findings[0];
    assert_eq!(open["ruleId"], finding.rule_id.as_str());
    assert_eq!(open["level"], "error");
    assert_eq!(
        open["partialFingerprints"]["sechound/v1"],
        finding.fingerprint.as_str()
    );
    let location = &open["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "server.js");
    assert_eq!(location["region"]["startLine"], 1);
    let rule = &rules[open["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], finding.rule_id.as_str());
    assert_eq!(rule["properties"]["security-severity"], "5.5");
    assert!(
        rule["properties"]["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "external/cwe/cwe-942")
    );
    assert!(
        rule["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("## Recommendation")
    );

    let waived = &results[1];
    assert_eq!(waived["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        waived["suppressions"][0]["justification"],
        "internal tool behind the VPN"
    );
}
