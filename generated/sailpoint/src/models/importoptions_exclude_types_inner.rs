//! `ImportoptionsExcludeTypesInner`, from `apis/sp-config/schemas/importoptions.yaml#/properties/excludeTypes/items`.

/// `ImportoptionsExcludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportoptionsExcludeTypesInner {
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

impl ImportoptionsExcludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportoptionsExcludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ImportoptionsExcludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ImportoptionsExcludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ImportoptionsExcludeTypesInner::Rule => "RULE",
            ImportoptionsExcludeTypesInner::Source => "SOURCE",
            ImportoptionsExcludeTypesInner::Transform => "TRANSFORM",
            ImportoptionsExcludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ImportoptionsExcludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportoptionsExcludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportoptionsExcludeTypesInner::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => {
                ImportoptionsExcludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ImportoptionsExcludeTypesInner::IdentityProfile,
            "RULE" => ImportoptionsExcludeTypesInner::Rule,
            "SOURCE" => ImportoptionsExcludeTypesInner::Source,
            "TRANSFORM" => ImportoptionsExcludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ImportoptionsExcludeTypesInner::TriggerSubscription,
            other => ImportoptionsExcludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportoptionsExcludeTypesInner);
