//! `KbaAnswerRequestItem`, from `v3/schemas/KbaAnswerRequestItem.yaml`.

/// `KbaAnswerRequestItem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KbaAnswerRequestItem {
    /// Question Id
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// An answer for the KBA question
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub answer: String,
}

impl KbaAnswerRequestItem {
    /// Builds the value from its required fields.
    pub fn new(id: impl Into<String>, answer: impl Into<String>) -> Self {
        KbaAnswerRequestItem {
            id: id.into(),
            answer: answer.into(),
        }
    }
}
