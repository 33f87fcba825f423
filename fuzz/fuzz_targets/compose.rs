#![no_main]
//! Fuzzes `sechound_fuzzing::compose` (see that function for what it reads and checks).

// The engine is built and warmed up before the first input: see `sechound_fuzzing::warm_up`.
libfuzzer_sys::fuzz_target!(init: sechound_fuzzing::warm_up(), |data: &[u8]| {
    sechound_fuzzing::compose(data)
});
