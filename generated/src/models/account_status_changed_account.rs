//! `AccountStatusChangedAccount`, from `beta/schemas/AccountStatusChanged.yaml#/properties/account`.

/// `AccountStatusChangedAccount` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountStatusChangedAccount {
    /// the ID of the account in the database
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the native identifier of the account
    #[serde(
        rename = "nativeIdentity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_identity: Option<String>,
    /// the display name of the account
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the ID of the source for this account
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// the name of the source for this account
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// the number of entitlements on this account
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
    /// this value is always "account"
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountStatusChangedAccount {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountStatusChangedAccount {
            id: None,
            native_identity: None,
            display_name: None,
            source_id: None,
            source_name: None,
            entitlement_count: None,
            access_type: None,
            additional_properties: Default::default(),
        }
    }
}
