//! `IdentityEntitiesIdentityEntity`, from `beta/schemas/IdentityEntities.yaml#/properties/identityEntity`.

/// `IdentityEntitiesIdentityEntity` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityEntitiesIdentityEntity {
    /// id of the resource to which the identity is associated
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// name of the resource to which the identity is associated
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// type of the resource to which the identity is associated
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityEntitiesIdentityEntity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityEntitiesIdentityEntity {
            id: None,
            name: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
