//! `AccessItemAccountResponse`, from `beta/schemas/AccessItemAccountResponse.yaml`.

/// `AccessItemAccountResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemAccountResponse {
    /// the access item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the access item type. account in this case
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// the native identifier used to uniquely identify an acccount
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "nativeIdentity",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub native_identity: String,
    /// the id of the source
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// the number of entitlements the account will create
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemAccountResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(native_identity: impl Into<String>) -> Self {
        AccessItemAccountResponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            native_identity: native_identity.into(),
            source_id: None,
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }
}
