//! The files of a multi-file spec, each read and parsed once however often it is referenced.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::location::Location;
use crate::parallel::in_parallel;

use super::reference;

pub struct Documents {
    root_dir: PathBuf,
    parsed: HashMap<String, Rc<Value>>,
    /// Files parsed ahead by [`Documents::prefetch`], not yet asked for.
    prefetched: HashMap<String, Value>,
}

impl Documents {
    pub fn new(root_dir: &Path) -> Self {
        Documents {
            root_dir: root_dir.to_path_buf(),
            parsed: HashMap::new(),
            prefetched: HashMap::new(),
        }
    }

    /// Reads and parses, on every core, the files that `root_file` reaches through `$ref`s,
    /// wave by wave (a wave's files name the next wave's). Parsing is most of the loading, and
    /// the bundler asks for files one at a time; this does the work ahead so its `get`s find
    /// them done. Only a cache: a file that cannot be read or parsed is left for `get`, whose
    /// error names the reference that wanted it, and a file prefetched but never asked for is
    /// not among [`Documents::files`].
    pub fn prefetch(&mut self, root_file: &str) {
        let mut seen = BTreeSet::from([root_file.to_string()]);
        let mut wave = vec![root_file.to_string()];
        while !wave.is_empty() {
            let parsed = in_parallel(&wave, |file| {
                let text = std::fs::read_to_string(self.root_dir.join(file)).ok();
                Ok(text.and_then(|text| parse(file, &text).ok()))
            })
            .unwrap_or_default();
            let mut next = Vec::new();
            for (file, value) in wave.into_iter().zip(parsed) {
                let Some(value) = value else { continue };
                for target in referenced_files(&value, &file) {
                    if seen.insert(target.clone()) {
                        next.push(target);
                    }
                }
                self.prefetched.insert(file, value);
            }
            wave = next;
        }
    }

    /// The parsed content of `file` (relative to the root folder). `wanted_by` is where the
    /// reference to it stands, for the error message.
    pub fn get(&mut self, file: &str, wanted_by: &Location) -> Result<Rc<Value>> {
        if let Some(value) = self.parsed.get(file) {
            return Ok(Rc::clone(value));
        }
        if let Some(value) = self.prefetched.remove(file) {
            let value = Rc::new(value);
            self.parsed.insert(file.to_string(), Rc::clone(&value));
            return Ok(value);
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

/// The files named by the `$ref`s anywhere in `value`, which stands in `file`.
fn referenced_files(value: &Value, file: &str) -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref")
                    && let Ok(target) = reference::resolve(target, file)
                {
                    files.insert(target.file);
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    files
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
    fn prefetch_is_only_a_cache() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write(
            "root.yaml",
            "a: {$ref: 'a.yaml'}\nb: {$ref: 'broken.yaml#/x'}\n",
        );
        write("a.yaml", "type: string\n");
        write("broken.yaml", "x: [\n");
        let mut documents = Documents::new(dir.path());
        documents.prefetch("root.yaml");
        assert!(documents.prefetched.contains_key("a.yaml"));
        assert!(
            documents.files().is_empty(),
            "nothing is read until asked for"
        );
        // The file changes after the prefetch: what `get` gives is what was prefetched, once.
        write("a.yaml", "type: integer\n");
        let here = Location::new("root.yaml", "/a");
        let a = documents.get("a.yaml", &here).unwrap();
        assert_eq!(a["type"], "string");
        assert_eq!(documents.files(), ["a.yaml"]);
        let error = documents.get("broken.yaml", &here).unwrap_err();
        assert!(matches!(error, Error::Parse { file, .. } if file == "broken.yaml"));
    }

    #[test]
    fn pointer_segments_may_be_percent_encoded() {
        let value = serde_json::json!({"a b": {"c/d": 1}});
        assert_eq!(lookup(&value, "/a%20b/c~1d"), Some(&serde_json::json!(1)));
        assert_eq!(lookup(&value, "/missing"), None);
    }
}
