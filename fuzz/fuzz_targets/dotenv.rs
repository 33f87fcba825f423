#![no_main]
//! Fuzzes `sechound_fuzzing::dotenv` (see that function for what it reads and checks).

libfuzzer_sys::fuzz_target!(|data: &[u8]| sechound_fuzzing::dotenv(data));
