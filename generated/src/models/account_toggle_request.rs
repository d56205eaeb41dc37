//! `AccountToggleRequest`, from `beta/schemas/AccountToggleRequest.yaml`.

/// Request used for account enable/disable
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountToggleRequest {
    /// If set, an external process validates that the user wants to proceed with this request.
    #[serde(
        rename = "externalVerificationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub external_verification_id: Option<String>,
    /// If set, provisioning updates the account attribute at the source.   This option is used when the account is not synced to ensure the attribute is updated.
    #[serde(
        rename = "forceProvisioning",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub force_provisioning: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountToggleRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountToggleRequest {
            external_verification_id: None,
            force_provisioning: None,
            additional_properties: Default::default(),
        }
    }
}
