//! Reads any bytes as a JSONL corpus, strictly and lossily: every line either gives an
//! article or an input error naming the source and line; nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::corpus::{Fields, JsonlReader};

fuzz_target!(|data: &[u8]| {
    for lossy in [false, true] {
        let bytes = data.to_vec();
        let reader =
            JsonlReader::from_reader("fuzz.jsonl", std::io::Cursor::new(bytes), Fields::default())
                .lossy(lossy)
                .require_label(lossy);
        for item in reader {
            if let Err(e) = item {
                assert!(matches!(e, slant::Error::Input { .. }), "{e:?}");
                assert!(e.to_string().starts_with("fuzz.jsonl:"), "{e}");
            }
        }
    }
});
