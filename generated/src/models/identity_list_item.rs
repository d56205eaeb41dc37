//! `IdentityListItem`, from `beta/schemas/IdentityListItem.yaml`.

/// `IdentityListItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityListItem {
    /// the identity ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the display name of the identity
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the first name of the identity
    #[serde(
        rename = "firstName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub first_name: Option<String>,
    /// the last name of the identity
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub last_name: Option<String>,
    /// indicates if an identity is active or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub active: Option<bool>,
    /// the date when the identity was deleted
    #[serde(
        rename = "deletedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub deleted_date: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityListItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityListItem {
            id: None,
            display_name: None,
            first_name: None,
            last_name: None,
            active: None,
            deleted_date: None,
            additional_properties: Default::default(),
        }
    }
}
