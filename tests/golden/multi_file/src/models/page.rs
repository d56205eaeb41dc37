//! `Page`, from `schemas/common.yaml#/Page`.

use crate::models::Item;

/// A page of items; `items` uses an internal `#/Item` ref within this file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Page {
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub items: Vec<Item>,
    /// Cursor for the next page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub next: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Page {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(items: Vec<Item>) -> Self {
        Page {
            items,
            next: None,
            additional_properties: Default::default(),
        }
    }
}
