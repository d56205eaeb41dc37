//! `AppAccountDetails`, from `beta/schemas/app/AppAccountDetails.yaml`.

use crate::models::AppAccountDetailsSourceAccount;

/// `AppAccountDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl AppAccountDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AppAccountDetails {
            app_id: None,
            app_display_name: None,
            source_account: None,
        }
    }
}
