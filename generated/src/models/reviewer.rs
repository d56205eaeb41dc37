//! `Reviewer`, from `beta/schemas/Reviewer.yaml`.

use crate::models::ReviewerType;

/// Details of the reviewer for a certification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Reviewer {
    /// Reviewer's DTO type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ReviewerType>,
    /// Reviewer's ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Reviewer's display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Reviewing identity's email. This is only applicable to reviewers of the `IDENTITY` type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reviewer {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        r#type: ReviewerType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Reviewer {
            r#type: Some(r#type),
            id: id.into(),
            name: name.into(),
            email: None,
            additional_properties: Default::default(),
        }
    }
}
