//! `EntitlementrecommendationassigneeVariant1Type`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationassignee.yaml#/oneOf/0/properties/type`.

/// The type of assignee.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementrecommendationassigneeVariant1Type {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementrecommendationassigneeVariant1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementrecommendationassigneeVariant1Type::Identity => "IDENTITY",
            EntitlementrecommendationassigneeVariant1Type::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            EntitlementrecommendationassigneeVariant1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementrecommendationassigneeVariant1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => EntitlementrecommendationassigneeVariant1Type::Identity,
            "GOVERNANCE_GROUP" => {
                EntitlementrecommendationassigneeVariant1Type::GovernanceGroup
            }
            other => {
                EntitlementrecommendationassigneeVariant1Type::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(EntitlementrecommendationassigneeVariant1Type);
