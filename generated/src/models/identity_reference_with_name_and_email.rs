//! `IdentityReferenceWithNameAndEmail`, from `v3/schemas/IdentityReferenceWithNameAndEmail.yaml`.

/// `IdentityReferenceWithNameAndEmail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl IdentityReferenceWithNameAndEmail {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityReferenceWithNameAndEmail {
            r#type: None,
            id: None,
            name: None,
            email: None,
        }
    }
}
