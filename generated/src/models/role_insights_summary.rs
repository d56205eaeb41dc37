//! `RoleInsightsSummary`, from `beta/schemas/RoleInsightsSummary.yaml`.

/// `RoleInsightsSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInsightsSummary {
    /// Total number of roles with updates
    #[serde(
        rename = "numberOfUpdates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_of_updates: Option<i64>,
    /// The date-time role insights were last found.
    #[serde(
        rename = "lastGenerated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_generated: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of entitlements included in roles (vs free radicals).
    #[serde(
        rename = "entitlementsIncludedInRoles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlements_included_in_roles: Option<i64>,
    /// The total number of entitlements.
    #[serde(
        rename = "totalNumberOfEntitlements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_number_of_entitlements: Option<i64>,
    /// The number of identities in roles vs. identities with just entitlements and not in roles.
    #[serde(
        rename = "identitiesWithAccessViaRoles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identities_with_access_via_roles: Option<i64>,
    /// The total number of identities.
    #[serde(
        rename = "totalNumberOfIdentities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_number_of_identities: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleInsightsSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleInsightsSummary {
            number_of_updates: None,
            last_generated: None,
            entitlements_included_in_roles: None,
            total_number_of_entitlements: None,
            identities_with_access_via_roles: None,
            total_number_of_identities: None,
            additional_properties: Default::default(),
        }
    }
}
