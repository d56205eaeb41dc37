//! `PermissionDto`, from `beta/schemas/PermissionDto.yaml`.

/// Simplified DTO for the Permission objects stored in SailPoint's database. The data is aggregated from customer systems and is free-form, so its appearance can vary largely between different clients/customers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl PermissionDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PermissionDto {
            rights: None,
            target: None,
        }
    }
}
