//! `UserAppOwner`, from `beta/schemas/app/UserApp.yaml#/properties/owner`.

/// `UserAppOwner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserAppOwner {
    /// The identity ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// It will always be "IDENTITY"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The identity name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The identity alias
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub alias: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserAppOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UserAppOwner {
            id: None,
            r#type: None,
            name: None,
            alias: None,
            additional_properties: Default::default(),
        }
    }
}
