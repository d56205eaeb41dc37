//! `PasswordInfoQueryDto`, from `beta/schemas/PasswordInfoQueryDTO.yaml`.

/// `PasswordInfoQueryDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordInfoQueryDto {
    /// The login name of the user
    #[serde(
        rename = "userName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub user_name: Option<String>,
    /// The display name of the source
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordInfoQueryDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordInfoQueryDto {
            user_name: None,
            source_name: None,
            additional_properties: Default::default(),
        }
    }
}
