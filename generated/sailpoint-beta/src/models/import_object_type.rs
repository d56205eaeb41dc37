//! `ImportObjectType`, from `v3/schemas/ImportObject.yaml#/properties/type`.

/// DTO type of object created or updated by import.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportObjectType {
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

impl ImportObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportObjectType::ConnectorRule => "CONNECTOR_RULE",
            ImportObjectType::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            ImportObjectType::IdentityProfile => "IDENTITY_PROFILE",
            ImportObjectType::Rule => "RULE",
            ImportObjectType::Source => "SOURCE",
            ImportObjectType::Transform => "TRANSFORM",
            ImportObjectType::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ImportObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => ImportObjectType::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => ImportObjectType::IdentityObjectConfig,
            "IDENTITY_PROFILE" => ImportObjectType::IdentityProfile,
            "RULE" => ImportObjectType::Rule,
            "SOURCE" => ImportObjectType::Source,
            "TRANSFORM" => ImportObjectType::Transform,
            "TRIGGER_SUBSCRIPTION" => ImportObjectType::TriggerSubscription,
            other => ImportObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportObjectType);
