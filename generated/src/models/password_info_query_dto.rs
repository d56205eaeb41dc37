//! `PasswordInfoQueryDto`, from `beta/schemas/PasswordInfoQueryDTO.yaml`.

/// `PasswordInfoQueryDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl PasswordInfoQueryDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordInfoQueryDto {
            user_name: None,
            source_name: None,
        }
    }
}
