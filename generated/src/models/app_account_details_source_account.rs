//! `AppAccountDetailsSourceAccount`, from `beta/schemas/app/AppAccountDetails.yaml#/properties/sourceAccount`.

/// `AppAccountDetailsSourceAccount` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AppAccountDetailsSourceAccount {
    /// The account ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The native identity of account
    #[serde(
        rename = "nativeIdentity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_identity: Option<String>,
    /// The display name of account
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// The source ID of account
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// The source name of account
    #[serde(
        rename = "sourceDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_display_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AppAccountDetailsSourceAccount {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AppAccountDetailsSourceAccount {
            id: None,
            native_identity: None,
            display_name: None,
            source_id: None,
            source_display_name: None,
            additional_properties: Default::default(),
        }
    }
}
