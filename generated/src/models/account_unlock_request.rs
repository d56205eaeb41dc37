//! `AccountUnlockRequest`, from `beta/schemas/AccountUnlockRequest.yaml`.

/// Request used for account unlock
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountUnlockRequest {
    /// If set, an external process validates that the user wants to proceed with this request.
    #[serde(
        rename = "externalVerificationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub external_verification_id: Option<String>,
    /// If set, the IDN account is unlocked after the workflow completes.
    #[serde(
        rename = "unlockIDNAccount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub unlock_idn_account: Option<bool>,
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

impl AccountUnlockRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountUnlockRequest {
            external_verification_id: None,
            unlock_idn_account: None,
            force_provisioning: None,
            additional_properties: Default::default(),
        }
    }
}
