//! A content file split into front matter and body and made into the model, diagnostics
//! printed: the first byte picks the section (and whether it is a translation).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = swivi::fuzzing::content_file(data);
});
