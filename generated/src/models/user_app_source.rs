//! `UserAppSource`, from `beta/schemas/app/UserApp.yaml#/properties/source`.

/// `UserAppSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserAppSource {
    /// the source ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// It will always be "SOURCE"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// the source name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserAppSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UserAppSource {
            id: None,
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
