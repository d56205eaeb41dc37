//! `KbaQuestion`, from `v3/schemas/KbaQuestion.yaml`.

/// KBA Configuration
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KbaQuestion {
    /// KBA Question Id
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// KBA Question description
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub text: String,
    /// Denotes whether the KBA question has an answer configured for any user in the tenant
    #[serde(rename = "hasAnswer", default, deserialize_with = "crate::lenient::boolean")]
    pub has_answer: bool,
    /// Denotes the number of KBA configurations for this question
    #[serde(rename = "numAnswers", default)]
    pub num_answers: i32,
}

impl KbaQuestion {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        has_answer: bool,
        num_answers: i32,
    ) -> Self {
        KbaQuestion {
            id: id.into(),
            text: text.into(),
            has_answer,
            num_answers,
        }
    }
}
