//! `ImportOptionsDefaultReferencesInner`, from `beta/schemas/ImportOptions.yaml#/properties/defaultReferences/items`.

/// `ImportOptionsDefaultReferencesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportOptionsDefaultReferencesInner {
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

impl ImportOptionsDefaultReferencesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportOptionsDefaultReferencesInner::ConnectorRule => "CONNECTOR_RULE",
            ImportOptionsDefaultReferencesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ImportOptionsDefaultReferencesInner::IdentityProfile => "IDENTITY_PROFILE",
            ImportOptionsDefaultReferencesInner::Rule => "RULE",
            ImportOptionsDefaultReferencesInner::Source => "SOURCE",
            ImportOptionsDefaultReferencesInner::Transform => "TRANSFORM",
            ImportOptionsDefaultReferencesInner::TriggerSubscription => {
                "TRIGGER_SUBSCRIPTION"
            }
            ImportOptionsDefaultReferencesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportOptionsDefaultReferencesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportOptionsDefaultReferencesInner::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => {
                ImportOptionsDefaultReferencesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ImportOptionsDefaultReferencesInner::IdentityProfile,
            "RULE" => ImportOptionsDefaultReferencesInner::Rule,
            "SOURCE" => ImportOptionsDefaultReferencesInner::Source,
            "TRANSFORM" => ImportOptionsDefaultReferencesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => {
                ImportOptionsDefaultReferencesInner::TriggerSubscription
            }
            other => ImportOptionsDefaultReferencesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportOptionsDefaultReferencesInner);
