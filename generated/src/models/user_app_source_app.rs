//! `UserAppSourceApp`, from `beta/schemas/app/UserApp.yaml#/properties/sourceApp`.

/// `UserAppSourceApp` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserAppSourceApp {
    /// the source app ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// It will always be "APPLICATION"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// the source app name
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

impl UserAppSourceApp {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UserAppSourceApp {
            id: None,
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
