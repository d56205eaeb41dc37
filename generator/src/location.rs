//! A place in the spec tree: a file relative to the root document's folder, and a JSON pointer
//! (RFC 6901) in it. Warnings, errors and type origins all name places this way.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    /// Empty for the whole file.
    pub pointer: String,
}

impl Location {
    pub fn new(file: impl Into<String>, pointer: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            pointer: pointer.into(),
        }
    }

    /// Reads back what [`Display`](fmt::Display) wrote: a `#` cannot stand in a referenced
    /// file's name, so the first one starts the pointer.
    pub fn parse(text: &str) -> Self {
        match text.split_once('#') {
            Some((file, pointer)) => Location::new(file, pointer),
            None => Location::new(text, ""),
        }
    }

    /// The member `key` of the node here, `key` escaped as one pointer segment.
    pub fn child(&self, key: &str) -> Self {
        let escaped = key.replace('~', "~0").replace('/', "~1");
        Location::new(self.file.clone(), format!("{}/{escaped}", self.pointer))
    }

    /// The item `index` of the array here.
    pub fn index(&self, index: usize) -> Self {
        self.child(&index.to_string())
    }

    /// The key or index the pointer ends in, unescaped; none for the whole file.
    pub fn last_segment(&self) -> Option<String> {
        let (_, last) = self.pointer.rsplit_once('/')?;
        Some(last.replace("~1", "/").replace("~0", "~"))
    }

    /// What names the node here: the pointer's last segment, else the file's name without its
    /// extensions (`beta/schemas/Source.yaml` is `Source`).
    pub fn stem(&self) -> String {
        match self.last_segment().filter(|last| !last.is_empty()) {
            Some(last) => last,
            None => {
                let name = self.file.rsplit('/').next().unwrap_or_default();
                name.split('.').next().unwrap_or_default().to_string()
            }
        }
    }
}

/// `file#pointer`, or `file` for the whole file.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            f.write_str(&self.file)
        } else {
            write!(f, "{}#{}", self.file, self.pointer)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_escape_their_key() {
        let paths = Location::new("openapi.yaml", "/paths");
        let get = paths.child("/a~b/{id}").child("get");
        assert_eq!(get.to_string(), "openapi.yaml#/paths/~1a~0b~1{id}/get");
        assert_eq!(
            get.child("parameters").index(0).pointer,
            "/paths/~1a~0b~1{id}/get/parameters/0"
        );
        assert_eq!(paths.child("/a~b").last_segment().as_deref(), Some("/a~b"));
    }

    #[test]
    fn a_whole_file_is_written_without_a_pointer_and_named_by_its_stem() {
        let file = Location::new("beta/schemas/Source.yaml", "");
        assert_eq!(file.to_string(), "beta/schemas/Source.yaml");
        assert_eq!(file.last_segment(), None);
        assert_eq!(file.stem(), "Source");
        assert_eq!(
            file.child("properties").to_string(),
            "beta/schemas/Source.yaml#/properties"
        );
        assert_eq!(Location::parse(&file.to_string()), file);
        let member = Location::new("a.yaml", "/components/schemas/A~1B");
        assert_eq!(Location::parse(&member.to_string()), member);
        assert_eq!(member.stem(), "A/B");
    }
}
