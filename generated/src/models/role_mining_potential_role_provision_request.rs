//! `RoleMiningPotentialRoleProvisionRequest`, from `beta/schemas/RoleMiningPotentialRoleProvisionRequest.yaml`.

/// `RoleMiningPotentialRoleProvisionRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningPotentialRoleProvisionRequest {
    /// Name of the new role being created
    #[serde(
        rename = "roleName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub role_name: Option<String>,
    /// Short description of the new role being created
    #[serde(
        rename = "roleDescription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub role_description: Option<String>,
    /// ID of the identity that will own this role
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// When true, create access requests for the identities associated with the potential role
    #[serde(
        rename = "includeIdentities",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_identities: Option<bool>,
    /// When true, assign entitlements directly to the role; otherwise, create access profiles containing the entitlements
    #[serde(
        rename = "directlyAssignedEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub directly_assigned_entitlements: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningPotentialRoleProvisionRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleProvisionRequest {
            role_name: None,
            role_description: None,
            owner_id: None,
            include_identities: None,
            directly_assigned_entitlements: None,
            additional_properties: Default::default(),
        }
    }
}
