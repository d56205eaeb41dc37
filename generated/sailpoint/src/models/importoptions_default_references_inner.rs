//! `ImportoptionsDefaultReferencesInner`, from `apis/sp-config/schemas/importoptions.yaml#/properties/defaultReferences/items`.

/// `ImportoptionsDefaultReferencesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportoptionsDefaultReferencesInner {
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

impl ImportoptionsDefaultReferencesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportoptionsDefaultReferencesInner::ConnectorRule => "CONNECTOR_RULE",
            ImportoptionsDefaultReferencesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ImportoptionsDefaultReferencesInner::IdentityProfile => "IDENTITY_PROFILE",
            ImportoptionsDefaultReferencesInner::Rule => "RULE",
            ImportoptionsDefaultReferencesInner::Source => "SOURCE",
            ImportoptionsDefaultReferencesInner::Transform => "TRANSFORM",
            ImportoptionsDefaultReferencesInner::TriggerSubscription => {
                "TRIGGER_SUBSCRIPTION"
            }
            ImportoptionsDefaultReferencesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportoptionsDefaultReferencesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportoptionsDefaultReferencesInner::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => {
                ImportoptionsDefaultReferencesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ImportoptionsDefaultReferencesInner::IdentityProfile,
            "RULE" => ImportoptionsDefaultReferencesInner::Rule,
            "SOURCE" => ImportoptionsDefaultReferencesInner::Source,
            "TRANSFORM" => ImportoptionsDefaultReferencesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => {
                ImportoptionsDefaultReferencesInner::TriggerSubscription
            }
            other => ImportoptionsDefaultReferencesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportoptionsDefaultReferencesInner);
