//! `Page`, from `schemas/common.yaml#/Page`.

use crate::models::Item;

/// A page of items; `items` uses an internal `#/Item` ref within this file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Page {
    #[serde(default)]
    pub items: Vec<Item>,
    /// Cursor for the next page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub next: Option<String>,
}

impl Page {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(items: Vec<Item>) -> Self {
        Page { items, next: None }
    }
}
