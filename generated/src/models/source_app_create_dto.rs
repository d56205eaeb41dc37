//! `SourceAppCreateDto`, from `beta/schemas/app/SourceAppCreateDto.yaml`.

use crate::models::SourceAppCreateDtoAccountSource;

/// `SourceAppCreateDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAppCreateDto {
    /// The source app name
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The description of the source app
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accountSource", default, skip_serializing_if = "Option::is_none")]
    pub account_source: Option<SourceAppCreateDtoAccountSource>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            account_source: Some(account_source),
            additional_properties: Default::default(),
        }
    }
}
