//! `Keywords`, from `openapi.yaml#/components/schemas/Keywords`.

/// Property names that are awkward in Rust.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Keywords {
    /// A Rust keyword `type`.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// A Rust keyword `self`.
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub self_: Option<String>,
    /// A Rust keyword `move`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub r#move: Option<bool>,
    /// A hyphenated name.
    #[serde(
        rename = "created-by",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub created_by: Option<String>,
    /// A camelCase name.
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Another camelCase name.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Collides with `foo_bar` after snake_case.
    #[serde(
        rename = "fooBar",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub foo_bar: Option<String>,
    /// Collides with `fooBar` after snake_case.
    #[serde(
        rename = "foo_bar",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub foo_bar2: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Keywords {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: impl Into<String>) -> Self {
        Keywords {
            r#type: r#type.into(),
            self_: None,
            r#move: None,
            created_by: None,
            created_at: None,
            display_name: None,
            foo_bar: None,
            foo_bar2: None,
            additional_properties: Default::default(),
        }
    }
}
