//! `SpConfigImportobjectType`, from `apis/sp-config/schemas/importobject.yaml#/properties/type`.

/// DTO type of object created or updated by import.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpConfigImportobjectType {
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

impl SpConfigImportobjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SpConfigImportobjectType::ConnectorRule => "CONNECTOR_RULE",
            SpConfigImportobjectType::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            SpConfigImportobjectType::IdentityProfile => "IDENTITY_PROFILE",
            SpConfigImportobjectType::Rule => "RULE",
            SpConfigImportobjectType::Source => "SOURCE",
            SpConfigImportobjectType::Transform => "TRANSFORM",
            SpConfigImportobjectType::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            SpConfigImportobjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SpConfigImportobjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => SpConfigImportobjectType::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => SpConfigImportobjectType::IdentityObjectConfig,
            "IDENTITY_PROFILE" => SpConfigImportobjectType::IdentityProfile,
            "RULE" => SpConfigImportobjectType::Rule,
            "SOURCE" => SpConfigImportobjectType::Source,
            "TRANSFORM" => SpConfigImportobjectType::Transform,
            "TRIGGER_SUBSCRIPTION" => SpConfigImportobjectType::TriggerSubscription,
            other => SpConfigImportobjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SpConfigImportobjectType);
