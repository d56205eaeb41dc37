//! `ImportobjectType`, from `apis/identity-profiles/schemas/importobject.yaml#/properties/type`.

/// DTO type of object created or updated by import.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportobjectType {
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

impl ImportobjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportobjectType::ConnectorRule => "CONNECTOR_RULE",
            ImportobjectType::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            ImportobjectType::IdentityProfile => "IDENTITY_PROFILE",
            ImportobjectType::Rule => "RULE",
            ImportobjectType::Source => "SOURCE",
            ImportobjectType::Transform => "TRANSFORM",
            ImportobjectType::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ImportobjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportobjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportobjectType::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => ImportobjectType::IdentityObjectConfig,
            "IDENTITY_PROFILE" => ImportobjectType::IdentityProfile,
            "RULE" => ImportobjectType::Rule,
            "SOURCE" => ImportobjectType::Source,
            "TRANSFORM" => ImportobjectType::Transform,
            "TRIGGER_SUBSCRIPTION" => ImportobjectType::TriggerSubscription,
            other => ImportobjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportobjectType);
