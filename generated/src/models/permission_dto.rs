//! `PermissionDto`, from `beta/schemas/PermissionDto.yaml`.

/// Simplified DTO for the Permission objects stored in SailPoint's database. The data is aggregated from customer systems and is free-form, so its appearance can vary largely between different clients/customers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionDto {
    /// All the rights (e.g. actions) that this permission allows on the target
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<Vec<String>>,
    /// The target the permission would grants rights on.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub target: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PermissionDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PermissionDto {
            rights: None,
            target: None,
            additional_properties: Default::default(),
        }
    }
}
