//! `PasswordInfo`, from `beta/schemas/PasswordInfo.yaml`.

use crate::models::PasswordInfoAccount;

/// `PasswordInfo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordInfo {
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    #[serde(
        rename = "publicKeyId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key_id: Option<String>,
    /// User's public key with Base64 encoding
    #[serde(
        rename = "publicKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key: Option<String>,
    /// Account info related to queried identity and source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<PasswordInfoAccount>>,
    /// Password constraints
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordInfo {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordInfo {
            identity_id: None,
            source_id: None,
            public_key_id: None,
            public_key: None,
            accounts: None,
            policies: None,
            additional_properties: Default::default(),
        }
    }
}
