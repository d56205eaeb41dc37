//! `RoleMiningPotentialRoleExportResponse`, from `beta/schemas/RoleMiningPotentialRoleExportResponse.yaml`.

use crate::models::RoleMiningPotentialRoleExportState;

/// `RoleMiningPotentialRoleExportResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningPotentialRoleExportResponse {
    /// The minimum popularity among identities in the role which an entitlement must have to be included in the report
    #[serde(
        rename = "minEntitlementPopularity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_entitlement_popularity: Option<i64>,
    /// If false, do not include entitlements that are highly popular among the entire orginization
    #[serde(
        rename = "includeCommonAccess",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub include_common_access: Option<bool>,
    /// ID used to reference this export
    #[serde(
        rename = "exportId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub export_id: Option<String>,
    /// The status of this export
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoleMiningPotentialRoleExportState>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningPotentialRoleExportResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleExportResponse {
            min_entitlement_popularity: None,
            include_common_access: None,
            export_id: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
