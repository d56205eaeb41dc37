//! `ImportOptionsIncludeTypesInner`, from `beta/schemas/ImportOptions.yaml#/properties/includeTypes/items`.

/// `ImportOptionsIncludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportOptionsIncludeTypesInner {
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

impl ImportOptionsIncludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportOptionsIncludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ImportOptionsIncludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ImportOptionsIncludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ImportOptionsIncludeTypesInner::Rule => "RULE",
            ImportOptionsIncludeTypesInner::Source => "SOURCE",
            ImportOptionsIncludeTypesInner::Transform => "TRANSFORM",
            ImportOptionsIncludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ImportOptionsIncludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportOptionsIncludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportOptionsIncludeTypesInner::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => {
                ImportOptionsIncludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ImportOptionsIncludeTypesInner::IdentityProfile,
            "RULE" => ImportOptionsIncludeTypesInner::Rule,
            "SOURCE" => ImportOptionsIncludeTypesInner::Source,
            "TRANSFORM" => ImportOptionsIncludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ImportOptionsIncludeTypesInner::TriggerSubscription,
            other => ImportOptionsIncludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportOptionsIncludeTypesInner);
