//! Where in a JSON body a decoding error lies, as a path like `items[3].owner.id`.
//!
//! serde_json gives an error's line and column, and reads every value before it reports it:
//! a value of the wrong type, a member missing from an object, a date that does not parse are
//! each reported just past the value. So the path is found by scanning the body up to that
//! point, once, after the failure. Tracking it while decoding (serde_path_to_error) would mean
//! a second copy of every model's decoding code in the crate, for the rare failed response.

/// The path of the value that ends at or just before `line` and `column` (serde_json's, 1-based
/// line, 0-based byte column) in `body`: `.` for the whole body. A member's key is kept until
/// the next key is read, and an element's index from the element's first byte, so the value
/// just read, or the object or array starting at the position, is the one named.
pub fn path_at(body: &[u8], line: usize, column: usize) -> String {
    let end = offset(body, line, column);
    let mut scan = Scan::default();
    for (index, &byte) in body[..end].iter().enumerate() {
        scan.step(body, index, byte);
    }
    // An object or array where something else is expected is reported at its bracket, before
    // it is read: the value it begins is the one named.
    if scan.string_start.is_none() && matches!(body.get(end), Some(b'{' | b'[')) {
        scan.start_element();
    }
    scan.path()
}

/// The byte offset of `line` and `column`, no further than the body's end.
fn offset(body: &[u8], line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        body.iter()
            .enumerate()
            .filter(|(_, byte)| **byte == b'\n')
            .nth(line - 2)
            .map_or(body.len(), |(index, _)| index + 1)
    };
    line_start.saturating_add(column).min(body.len())
}

/// A container being scanned, and the member or element in it that was read last.
enum Frame {
    Object {
        key: Option<String>,
    },
    Array {
        index: Option<usize>,
        after_comma: bool,
    },
}

#[derive(Default)]
struct Scan {
    frames: Vec<Frame>,
    /// Where the string being scanned began, if the scan is inside one.
    string_start: Option<usize>,
    escaped: bool,
    /// Whether the string being scanned is an object's key: it is, when it starts where a key
    /// is expected (after `{` or after a `,` in an object).
    reading_key: bool,
    expecting_key: bool,
}

impl Scan {
    fn step(&mut self, body: &[u8], index: usize, byte: u8) {
        if let Some(start) = self.string_start {
            if self.escaped {
                self.escaped = false;
            } else if byte == b'\\' {
                self.escaped = true;
            } else if byte == b'"' {
                self.string_start = None;
                if std::mem::take(&mut self.reading_key) {
                    self.set_key(&body[start..=index]);
                }
            }
            return;
        }
        if byte.is_ascii_whitespace() {
            return;
        }
        if !matches!(byte, b']' | b'}' | b',' | b':') {
            self.start_element();
        }
        match byte {
            b'"' => {
                self.string_start = Some(index);
                self.reading_key = std::mem::take(&mut self.expecting_key);
            }
            b'{' => {
                self.frames.push(Frame::Object { key: None });
                self.expecting_key = true;
            }
            b'[' => self.frames.push(Frame::Array {
                index: None,
                after_comma: true,
            }),
            b'}' | b']' => {
                self.frames.pop();
                self.expecting_key = false;
            }
            b',' => match self.frames.last_mut() {
                Some(Frame::Object { .. }) => self.expecting_key = true,
                Some(Frame::Array { after_comma, .. }) => *after_comma = true,
                None => {}
            },
            _ => {}
        }
    }

    /// Counts a new element when an array's value begins: its first byte after `[` or `,`.
    fn start_element(&mut self) {
        if let Some(Frame::Array { index, after_comma }) = self.frames.last_mut()
            && *after_comma
        {
            *after_comma = false;
            *index = Some(index.map_or(0, |last| last + 1));
        }
    }

    fn set_key(&mut self, quoted: &[u8]) {
        if let Some(Frame::Object { key }) = self.frames.last_mut() {
            let text = serde_json::from_slice::<String>(quoted)
                .unwrap_or_else(|_| String::from_utf8_lossy(&quoted[1..quoted.len() - 1]).into());
            *key = Some(text);
        }
    }

    /// The path in serde_path_to_error's form: `.` for the whole body, `a.b[2].c` else.
    fn path(&self) -> String {
        let mut path = String::new();
        for frame in &self.frames {
            match frame {
                Frame::Object { key: Some(key) } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Frame::Array {
                    index: Some(index), ..
                } => path.push_str(&format!("[{index}]")),
                _ => {}
            }
        }
        if path.is_empty() {
            path.push('.');
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// The path this module finds for the error of decoding `json` as `T`.
    fn path_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let error = serde_json::from_str::<T>(json).unwrap_err();
        path_at(json.as_bytes(), error.line(), error.column())
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Owner {
        id: String,
        name: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        #[serde(default)]
        owner: Option<Owner>,
        #[serde(default)]
        tags: Vec<u32>,
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named_by_its_key_and_index() {
        assert_eq!(path_of::<Vec<Item>>(r#"[{"id":"a"},{"id":3}]"#), "[1].id");
        assert_eq!(
            path_of::<Vec<Item>>(r#"[{"id":"a"}, {"id" : 3 , "x":1}]"#),
            "[1].id"
        );
        assert_eq!(
            path_of::<Item>(r#"{"id":"a","owner":{"id":"b","name":false}}"#),
            "owner.name"
        );
        assert_eq!(path_of::<Item>(r#"{"id":"a","tags":[1,2,"x"]}"#), "tags[2]");
    }

    #[test]
    fn a_missing_member_names_the_object_it_is_missing_from() {
        assert_eq!(path_of::<Item>(r#"{"id":"a","owner":{"id":"b"}}"#), "owner");
        assert_eq!(path_of::<Vec<Item>>(r#"[{"id":"a"},{}]"#), "[1]");
        assert_eq!(path_of::<Item>(r#"{}"#), ".");
    }

    #[test]
    fn brackets_quotes_and_escapes_inside_strings_are_not_structure() {
        let json = r#"{"id":"a]}\"[{","owner":{"id":"b","name":1}}"#;
        assert_eq!(path_of::<Item>(json), "owner.name");
        assert_eq!(
            path_of::<Vec<Item>>(r#"[{"id":"[,]"},{"id":"x,y"},{"id":[]}]"#),
            "[2].id"
        );
    }

    #[test]
    fn escaped_keys_are_read_as_their_text_and_lines_are_counted() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Quoted {
            #[serde(rename = "a\"b")]
            a_b: u8,
        }
        assert_eq!(path_of::<Quoted>(r#"{"a\"b": "x"}"#), "a\"b");
        let json = "[\n  {\"id\": \"a\"},\n  {\n    \"id\": 7\n  }\n]";
        assert_eq!(path_of::<Vec<Item>>(json), "[1].id");
    }

    #[test]
    fn an_object_or_array_where_a_scalar_or_model_is_expected_is_named_by_its_own_index() {
        // serde_json reports these at the bracket, before the value is read.
        assert_eq!(path_of::<Item>(r#"{"id":"a","tags":[{"a":1}]}"#), "tags[0]");
        assert_eq!(path_of::<Item>(r#"{"id":"a","tags":[1,[2]]}"#), "tags[1]");
        assert_eq!(path_of::<Item>(r#"{"id":"a","tags":[1, [2]]}"#), "tags[1]");
        assert_eq!(path_of::<Vec<u32>>(r#"[1,["x"]]"#), "[1]");
        assert_eq!(path_of::<Vec<u32>>("[\n  1,\n  {\"x\": 1}\n]"), "[1]");
        // A struct read from an array is read whole first: the error comes past it.
        assert_eq!(
            path_of::<Vec<Owner>>(r#"[{"id":"a","name":"b"},["x"]]"#),
            "[1]"
        );
        assert_eq!(path_of::<Vec<Vec<u32>>>(r#"[[1],[2,{}]]"#), "[1][1]");
        // An object where an object is expected but a member has the wrong type: the member.
        assert_eq!(path_of::<Vec<Item>>(r#"[{"id":"a"},{"id":{}}]"#), "[1].id");
    }

    #[test]
    fn a_position_past_the_body_is_read_as_its_end() {
        assert_eq!(path_at(br#"{"a":[1"#, 1, 99), "a[0]");
        assert_eq!(path_at(b"", 3, 4), ".");
    }
}
