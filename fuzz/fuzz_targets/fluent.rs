//! A Fluent file of interface strings loaded and checked as the build does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = swivi::fuzzing::fluent(data);
});
