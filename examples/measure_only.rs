use slant::corpus::{Fields, JsonlReader};
use slant::features::Scratch;
use std::hint::black_box;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let reader = JsonlReader::open(std::path::Path::new(&path), Fields::default()).unwrap();
    let (articles, _) = slant::corpus::read_all(reader, false).unwrap();
    let mut scratch = Scratch::default();
    for a in &articles {
        scratch.read(a.title.as_deref(), &a.text);
    }
    let t = std::time::Instant::now();
    for a in &articles {
        scratch.read(a.title.as_deref(), &a.text);
    }
    eprintln!("read {:.2}", t.elapsed().as_secs_f64());
    let t = std::time::Instant::now();
    for a in &articles {
        scratch.read(a.title.as_deref(), &a.text);
        black_box(slant::features::measure(&a.text, &scratch));
    }
    eprintln!("read+measure {:.2}", t.elapsed().as_secs_f64());
}
