//! `PasswordChangeRequest`, from `beta/schemas/PasswordChangeRequest.yaml`.

/// `PasswordChangeRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordChangeRequest {
    /// The identity ID that requested the password change
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// The RSA encrypted password
    #[serde(
        rename = "encryptedPassword",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub encrypted_password: Option<String>,
    /// The encryption key ID
    #[serde(
        rename = "publicKeyId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key_id: Option<String>,
    /// Account ID of the account This is specified per account schema in the source configuration. It is used to distinguish accounts. More info can be found here <https://community.sailpoint.com/t5/IdentityNow-Connectors/How-do-I-designate-an-account-attribute-as-the-Account-ID-for-a/ta-p/80350>
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_id: Option<String>,
    /// The ID of the source for which identity is requesting the password change
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordChangeRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordChangeRequest {
            identity_id: None,
            encrypted_password: None,
            public_key_id: None,
            account_id: None,
            source_id: None,
            additional_properties: Default::default(),
        }
    }
}
