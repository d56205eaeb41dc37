//! `AppAccountDetails`, from `beta/schemas/app/AppAccountDetails.yaml`.

use crate::models::AppAccountDetailsSourceAccount;

/// `AppAccountDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AppAccountDetails {
    /// The source app ID
    #[serde(
        rename = "appId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub app_id: Option<String>,
    /// The source app display name
    #[serde(
        rename = "appDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub app_display_name: Option<String>,
    #[serde(rename = "sourceAccount", default, skip_serializing_if = "Option::is_none")]
    pub source_account: Option<AppAccountDetailsSourceAccount>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AppAccountDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AppAccountDetails {
            app_id: None,
            app_display_name: None,
            source_account: None,
            additional_properties: Default::default(),
        }
    }
}
