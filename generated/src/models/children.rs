//! `Children`, from `beta/schemas/Children.yaml`.

use crate::models::Value;

/// `Children` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Children {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub operator: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub children: Option<String>,
}

impl Children {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Children {
            operator: None,
            attribute: None,
            value: None,
            children: None,
        }
    }
}
