//! `GenerateRandomString`, from `v3/schemas/transforms/rules/GenerateRandomString.yaml`.

/// `GenerateRandomString` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GenerateRandomString {
    /// This must always be set to "Cloud Services Deployment Utility"
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The operation to perform `generateRandomString`
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub operation: String,
    /// This must be either "true" or "false" to indicate whether the generator logic should include numbers
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(
        rename = "includeNumbers",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub include_numbers: bool,
    /// This must be either "true" or "false" to indicate whether the generator logic should include special characters
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(
        rename = "includeSpecialChars",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub include_special_chars: bool,
    /// This specifies how long the randomly generated string needs to be
    ///
    ///
    /// >NOTE Due to identity attribute data constraints, the maximum allowable value is 450 characters
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub length: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub requires_periodic_refresh: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl GenerateRandomString {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        operation: impl Into<String>,
        include_numbers: bool,
        include_special_chars: bool,
        length: impl Into<String>,
    ) -> Self {
        GenerateRandomString {
            name: name.into(),
            operation: operation.into(),
            include_numbers,
            include_special_chars,
            length: length.into(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}
