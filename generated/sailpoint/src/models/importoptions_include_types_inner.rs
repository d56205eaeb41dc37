//! `ImportoptionsIncludeTypesInner`, from `apis/sp-config/schemas/importoptions.yaml#/properties/includeTypes/items`.

/// `ImportoptionsIncludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportoptionsIncludeTypesInner {
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

impl ImportoptionsIncludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportoptionsIncludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ImportoptionsIncludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ImportoptionsIncludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ImportoptionsIncludeTypesInner::Rule => "RULE",
            ImportoptionsIncludeTypesInner::Source => "SOURCE",
            ImportoptionsIncludeTypesInner::Transform => "TRANSFORM",
            ImportoptionsIncludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ImportoptionsIncludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportoptionsIncludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportoptionsIncludeTypesInner::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => {
                ImportoptionsIncludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ImportoptionsIncludeTypesInner::IdentityProfile,
            "RULE" => ImportoptionsIncludeTypesInner::Rule,
            "SOURCE" => ImportoptionsIncludeTypesInner::Source,
            "TRANSFORM" => ImportoptionsIncludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ImportoptionsIncludeTypesInner::TriggerSubscription,
            other => ImportoptionsIncludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportoptionsIncludeTypesInner);
