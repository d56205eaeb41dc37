//! `LifecycleactionrequestTargetType`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleactionrequest.yaml#/properties/targetType`.

/// Resource type targeted by the lifecycle request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LifecycleactionrequestTargetType {
    /// `AI_AGENT`
    AiAgent,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LifecycleactionrequestTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LifecycleactionrequestTargetType::AiAgent => "AI_AGENT",
            LifecycleactionrequestTargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LifecycleactionrequestTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AI_AGENT" => LifecycleactionrequestTargetType::AiAgent,
            other => LifecycleactionrequestTargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LifecycleactionrequestTargetType);
