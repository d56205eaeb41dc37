//! `KbaAuthResponseItem`, from `v3/schemas/KbaAuthResponseItem.yaml`.

/// `KbaAuthResponseItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KbaAuthResponseItem {
    /// The KBA question id
    #[serde(
        rename = "questionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub question_id: Option<String>,
    /// Return true if verified
    #[serde(
        rename = "isVerified",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_verified: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaAuthResponseItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        KbaAuthResponseItem {
            question_id: None,
            is_verified: None,
            additional_properties: Default::default(),
        }
    }
}
