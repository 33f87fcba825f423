#![no_main]
//! Fuzzes `sechound_fuzzing::pipfile_lock` (see that function for what it reads and checks).

libfuzzer_sys::fuzz_target!(|data: &[u8]| sechound_fuzzing::pipfile_lock(data));
