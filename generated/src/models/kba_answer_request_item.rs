//! `KbaAnswerRequestItem`, from `v3/schemas/KbaAnswerRequestItem.yaml`.

/// `KbaAnswerRequestItem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KbaAnswerRequestItem {
    /// Question Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// An answer for the KBA question
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub answer: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaAnswerRequestItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, answer: impl Into<String>) -> Self {
        KbaAnswerRequestItem {
            id: id.into(),
            answer: answer.into(),
            additional_properties: Default::default(),
        }
    }
}
