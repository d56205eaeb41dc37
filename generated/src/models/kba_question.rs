//! `KbaQuestion`, from `v3/schemas/KbaQuestion.yaml`.

/// KBA Configuration
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KbaQuestion {
    /// KBA Question Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// KBA Question description
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub text: String,
    /// Denotes whether the KBA question has an answer configured for any user in the tenant
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasAnswer", default, deserialize_with = "crate::lenient::boolean")]
    pub has_answer: bool,
    /// Denotes the number of KBA configurations for this question
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "numAnswers",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub num_answers: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaQuestion {
    /// Builds the value from its required fields; the optional ones start empty.
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
            additional_properties: Default::default(),
        }
    }
}
