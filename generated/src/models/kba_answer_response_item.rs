//! `KbaAnswerResponseItem`, from `v3/schemas/KbaAnswerResponseItem.yaml`.

/// `KbaAnswerResponseItem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KbaAnswerResponseItem {
    /// Question Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Question description
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub question: String,
    /// Denotes whether the KBA question has an answer configured for the current user
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasAnswer", default, deserialize_with = "crate::lenient::boolean")]
    pub has_answer: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaAnswerResponseItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        question: impl Into<String>,
        has_answer: bool,
    ) -> Self {
        KbaAnswerResponseItem {
            id: id.into(),
            question: question.into(),
            has_answer,
            additional_properties: Default::default(),
        }
    }
}
