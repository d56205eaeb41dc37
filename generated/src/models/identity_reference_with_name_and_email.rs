//! `IdentityReferenceWithNameAndEmail`, from `v3/schemas/IdentityReferenceWithNameAndEmail.yaml`.

/// `IdentityReferenceWithNameAndEmail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityReferenceWithNameAndEmail {
    /// The type can only be IDENTITY. This is read-only.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Identity's human-readable display name. This is read-only.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Identity's email address. This is read-only.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityReferenceWithNameAndEmail {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityReferenceWithNameAndEmail {
            r#type: None,
            id: None,
            name: None,
            email: None,
            additional_properties: Default::default(),
        }
    }
}
