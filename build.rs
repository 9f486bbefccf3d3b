//! Build script: turns the catalogue's schemas made ahead of time (`src/schema/ahead/*.json`,
//! written by the tests) into the words the library builds them from
//! (`src/schema/ahead/tokens.rs` says why and how), in `OUT_DIR/ahead/`.

use std::fs;
use std::path::{Path, PathBuf};

#[path = "src/schema/ahead/tokens.rs"]
mod tokens;

fn main() {
    let source = Path::new("src/schema/ahead");
    println!("cargo::rerun-if-changed={}", source.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("ahead");
    fs::create_dir_all(&out).expect("OUT_DIR/ahead");
    let mut copies: Vec<PathBuf> = fs::read_dir(source)
        .expect("src/schema/ahead")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    // The same pool whatever order the directory lists its files in.
    copies.sort();
    let mut writer = tokens::Writer::default();
    for copy in &copies {
        let text = fs::read_to_string(copy).expect("a copy's JSON text");
        let value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", copy.display()));
        let name = copy.file_stem().expect("a file name").to_string_lossy();
        fs::write(out.join(format!("{name}.words")), writer.words(&value)).expect("the words");
    }
    // The shapes' keys go into the pool too: the pool is written last.
    fs::write(out.join("shapes.words"), writer.shapes()).expect("the shapes");
    fs::write(out.join("pool.txt"), writer.pool()).expect("the pool");
}
