//! `Comment`, from `v3/schemas/Comment.yaml`.

/// `Comment` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Comment {
    /// Id of the identity making the comment
    #[serde(
        rename = "commenterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub commenter_id: Option<String>,
    /// Human-readable display name of the identity making the comment
    #[serde(
        rename = "commenterName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub commenter_name: Option<String>,
    /// Content of the comment
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub body: Option<String>,
    /// Date and time comment was made
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Comment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Comment {
            commenter_id: None,
            commenter_name: None,
            body: None,
            date: None,
            additional_properties: Default::default(),
        }
    }
}
