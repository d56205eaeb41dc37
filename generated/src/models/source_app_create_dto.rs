//! `SourceAppCreateDto`, from `beta/schemas/app/SourceAppCreateDto.yaml`.

use crate::models::SourceAppCreateDtoAccountSource;

/// `SourceAppCreateDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceAppCreateDto {
    /// The source app name
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The description of the source app
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// True if the source app match all accounts
    #[serde(
        rename = "matchAllAccounts",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub match_all_accounts: Option<bool>,
    #[serde(rename = "accountSource")]
    pub account_source: SourceAppCreateDtoAccountSource,
}

impl SourceAppCreateDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        account_source: SourceAppCreateDtoAccountSource,
    ) -> Self {
        SourceAppCreateDto {
            name: name.into(),
            description: description.into(),
            match_all_accounts: None,
            account_source,
        }
    }
}
