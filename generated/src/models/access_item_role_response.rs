//! `AccessItemRoleResponse`, from `beta/schemas/AccessItemRoleResponse.yaml`.

/// `AccessItemRoleResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemRoleResponse {
    /// the access item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the access item type. role in this case
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_type: Option<String>,
    /// the role display name
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the associated source name if it exists
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// the description for the role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub start_date: Option<String>,
    /// the date the role is no longer assigned to the specified identity
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub remove_date: Option<String>,
    /// indicates whether the role is revocable
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub revocable: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemRoleResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(revocable: bool) -> Self {
        AccessItemRoleResponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            description: None,
            start_date: None,
            remove_date: None,
            revocable,
            additional_properties: Default::default(),
        }
    }
}
