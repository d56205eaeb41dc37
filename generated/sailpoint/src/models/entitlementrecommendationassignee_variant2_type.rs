//! `EntitlementrecommendationassigneeVariant2Type`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationassignee.yaml#/oneOf/1/properties/type`.

/// The type of assignee.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementrecommendationassigneeVariant2Type {
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementrecommendationassigneeVariant2Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementrecommendationassigneeVariant2Type::SourceOwner => "SOURCE_OWNER",
            EntitlementrecommendationassigneeVariant2Type::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            EntitlementrecommendationassigneeVariant2Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementrecommendationassigneeVariant2Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_OWNER" => EntitlementrecommendationassigneeVariant2Type::SourceOwner,
            "ENTITLEMENT_OWNER" => {
                EntitlementrecommendationassigneeVariant2Type::EntitlementOwner
            }
            other => {
                EntitlementrecommendationassigneeVariant2Type::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(EntitlementrecommendationassigneeVariant2Type);
