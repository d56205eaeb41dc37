//! `ImportOptionsExcludeTypesInner`, from `beta/schemas/ImportOptions.yaml#/properties/excludeTypes/items`.

/// `ImportOptionsExcludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportOptionsExcludeTypesInner {
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `RULE`
    Rule,
    /// `SOURCE`
    Source,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ImportOptionsExcludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportOptionsExcludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ImportOptionsExcludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ImportOptionsExcludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ImportOptionsExcludeTypesInner::Rule => "RULE",
            ImportOptionsExcludeTypesInner::Source => "SOURCE",
            ImportOptionsExcludeTypesInner::Transform => "TRANSFORM",
            ImportOptionsExcludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ImportOptionsExcludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportOptionsExcludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportOptionsExcludeTypesInner::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => {
                ImportOptionsExcludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ImportOptionsExcludeTypesInner::IdentityProfile,
            "RULE" => ImportOptionsExcludeTypesInner::Rule,
            "SOURCE" => ImportOptionsExcludeTypesInner::Source,
            "TRANSFORM" => ImportOptionsExcludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ImportOptionsExcludeTypesInner::TriggerSubscription,
            other => ImportOptionsExcludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportOptionsExcludeTypesInner);
