//! Every input fuzzing found a problem with, kept under `fuzz/regressions/<target>/`, replayed
//! through its target's entry point: it must now complete (and quickly).

use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn inputs_that_broke_a_reader_once_pass_now() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    let mut replayed = 0;
    for (target, run) in sechound_fuzzing::TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let started = Instant::now();
            run(&data);
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "{target}: {} took {:?}",
                path.display(),
                started.elapsed()
            );
            replayed += 1;
        }
    }
    // The directory holds the README at least; a target name that does not match its folder
    // would replay nothing silently.
    for entry in std::fs::read_dir(&root).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(
                sechound_fuzzing::TARGETS.iter().any(|(t, _)| *t == name),
                "fuzz/regressions/{name} matches no target"
            );
        }
    }
    eprintln!("{replayed} kept inputs replayed");
}

#[test]
fn every_target_takes_empty_and_tiny_inputs() {
    sechound_fuzzing::warm_up();
    for (target, run) in sechound_fuzzing::TARGETS {
        for data in [
            &b""[..],
            b"\0",
            b"\n",
            b"\xff\xfe",
            b"{",
            b"[[",
            b"a = \"\n",
        ] {
            run(data);
        }
        let _ = target;
    }
}
