//! `PasswordDigitTokenReset`, from `beta/schemas/PasswordDigitTokenReset.yaml`.

/// `PasswordDigitTokenReset` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordDigitTokenReset {
    /// The uid of the user requested for digit token
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userId", default, deserialize_with = "crate::lenient::string")]
    pub user_id: String,
    /// The length of digit token. It should be from 6 to 18, inclusive. The default value is 6.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i64>,
    /// The time to live for the digit token in minutes. The default value is 5 minutes.
    #[serde(
        rename = "durationMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub duration_minutes: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordDigitTokenReset {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(user_id: impl Into<String>) -> Self {
        PasswordDigitTokenReset {
            user_id: user_id.into(),
            length: None,
            duration_minutes: None,
            additional_properties: Default::default(),
        }
    }
}
