//! `RoleInsightsInsight`, from `beta/schemas/RoleInsightsInsight.yaml`.

/// `RoleInsightsInsight` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInsightsInsight {
    /// The number of identities in this role with the entitlement.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The number of identities in this role with the entitlement.
    #[serde(
        rename = "identitiesWithAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identities_with_access: Option<i64>,
    /// The number of identities in this role that do not have the specified entitlement.
    #[serde(
        rename = "identitiesImpacted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identities_impacted: Option<i64>,
    /// The total number of identities.
    #[serde(
        rename = "totalNumberOfIdentities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_number_of_identities: Option<i64>,
    #[serde(
        rename = "impactedIdentityNames",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub impacted_identity_names: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleInsightsInsight {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleInsightsInsight {
            r#type: None,
            identities_with_access: None,
            identities_impacted: None,
            total_number_of_identities: None,
            impacted_identity_names: None,
            additional_properties: Default::default(),
        }
    }
}
