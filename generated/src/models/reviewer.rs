//! `Reviewer`, from `beta/schemas/Reviewer.yaml`.

use crate::models::ReviewerType;

/// Details of the reviewer for a certification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reviewer {
    /// Reviewer's DTO type.
    pub r#type: ReviewerType,
    /// Reviewer's ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Reviewer's display name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Reviewing identity's email. This is only applicable to reviewers of the `IDENTITY` type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
}

impl Reviewer {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        r#type: ReviewerType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Reviewer {
            r#type,
            id: id.into(),
            name: name.into(),
            email: None,
        }
    }
}
