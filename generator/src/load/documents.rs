//! The files of a multi-file spec, each read and parsed once however often it is referenced.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::location::Location;

pub struct Documents {
    root_dir: PathBuf,
    parsed: HashMap<String, Rc<Value>>,
}

impl Documents {
    pub fn new(root_dir: &Path) -> Self {
        Documents {
            root_dir: root_dir.to_path_buf(),
            parsed: HashMap::new(),
        }
    }

    /// The parsed content of `file` (relative to the root folder). `wanted_by` is where the
    /// reference to it stands, for the error message.
    pub fn get(&mut self, file: &str, wanted_by: &Location) -> Result<Rc<Value>> {
        if let Some(value) = self.parsed.get(file) {
            return Ok(Rc::clone(value));
        }
        let path = self.root_dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|source| Error::ReadFile {
            location: wanted_by.clone(),
            path: path.clone(),
            source,
        })?;
        let value = Rc::new(parse(file, &text)?);
        self.parsed.insert(file.to_string(), Rc::clone(&value));
        Ok(value)
    }

    /// Every file read so far, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = self.parsed.keys().cloned().collect();
        files.sort();
        files
    }
}

fn parse(file: &str, text: &str) -> Result<Value> {
    let parsed = if file.ends_with(".json") {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        serde_norway::from_str(text).map_err(|e| e.to_string())
    };
    parsed.map_err(|message| Error::Parse {
        file: file.to_string(),
        message,
    })
}

/// Looks up a JSON pointer (RFC 6901) whose segments may also be percent-encoded, as they are
/// in a `$ref`'s URI fragment.
pub fn lookup<'a>(value: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.contains('%') {
        value.pointer(&percent_decode(pointer))
    } else {
        value.pointer(pointer)
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_may_be_percent_encoded() {
        let value = serde_json::json!({"a b": {"c/d": 1}});
        assert_eq!(lookup(&value, "/a%20b/c~1d"), Some(&serde_json::json!(1)));
        assert_eq!(lookup(&value, "/missing"), None);
    }
}
