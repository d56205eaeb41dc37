//! `KbaAnswerResponseItem`, from `v3/schemas/KbaAnswerResponseItem.yaml`.

/// `KbaAnswerResponseItem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KbaAnswerResponseItem {
    /// Question Id
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Question description
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub question: String,
    /// Denotes whether the KBA question has an answer configured for the current user
    #[serde(rename = "hasAnswer", default, deserialize_with = "crate::lenient::boolean")]
    pub has_answer: bool,
}

impl KbaAnswerResponseItem {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        question: impl Into<String>,
        has_answer: bool,
    ) -> Self {
        KbaAnswerResponseItem {
            id: id.into(),
            question: question.into(),
            has_answer,
        }
    }
}
