//! `EntitlementprivilegelevelSetByType`, from `apis/entitlements/schemas/entitlementprivilegelevel.yaml#/properties/setByType`.

/// Method by which the privilege level was set
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementprivilegelevelSetByType {
    /// `OVERRIDE`
    Override,
    /// `CUSTOM_CRITERIA`
    CustomCriteria,
    /// `CONNECTOR_CRITERIA`
    ConnectorCriteria,
    /// `SINGLE_LEVEL_CRITERIA`
    SingleLevelCriteria,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementprivilegelevelSetByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementprivilegelevelSetByType::Override => "OVERRIDE",
            EntitlementprivilegelevelSetByType::CustomCriteria => "CUSTOM_CRITERIA",
            EntitlementprivilegelevelSetByType::ConnectorCriteria => "CONNECTOR_CRITERIA",
            EntitlementprivilegelevelSetByType::SingleLevelCriteria => {
                "SINGLE_LEVEL_CRITERIA"
            }
            EntitlementprivilegelevelSetByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementprivilegelevelSetByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OVERRIDE" => EntitlementprivilegelevelSetByType::Override,
            "CUSTOM_CRITERIA" => EntitlementprivilegelevelSetByType::CustomCriteria,
            "CONNECTOR_CRITERIA" => EntitlementprivilegelevelSetByType::ConnectorCriteria,
            "SINGLE_LEVEL_CRITERIA" => {
                EntitlementprivilegelevelSetByType::SingleLevelCriteria
            }
            other => EntitlementprivilegelevelSetByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementprivilegelevelSetByType);
