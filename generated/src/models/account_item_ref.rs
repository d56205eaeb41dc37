//! `AccountItemRef`, from `v3/schemas/access-requests/AccountItemRef.yaml`.

/// `AccountItemRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountItemRef {
    /// The uuid for the account, available under the 'objectguid' attribute
    #[serde(
        rename = "accountUuid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_uuid: Option<String>,
    /// The 'distinguishedName' attribute for the account
    #[serde(
        rename = "nativeIdentity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_identity: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountItemRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountItemRef {
            account_uuid: None,
            native_identity: None,
            additional_properties: Default::default(),
        }
    }
}
